CREATE TABLE public.scores (
    id integer PRIMARY KEY,
    player text NOT NULL,
    points integer
);

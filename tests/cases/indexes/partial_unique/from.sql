CREATE TABLE public.subscriptions (
    id integer PRIMARY KEY,
    user_id integer NOT NULL,
    active boolean NOT NULL
);

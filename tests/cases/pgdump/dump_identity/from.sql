CREATE TABLE public.events (
    name text NOT NULL
);

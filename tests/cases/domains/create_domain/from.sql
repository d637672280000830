CREATE TABLE public.users (
    id integer PRIMARY KEY
);

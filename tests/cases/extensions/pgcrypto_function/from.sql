CREATE TABLE public.users (
    id integer PRIMARY KEY,
    password_hash text NOT NULL
);

CREATE EXTENSION citext;

CREATE TABLE public.accounts (
    id integer PRIMARY KEY,
    email citext NOT NULL UNIQUE
);

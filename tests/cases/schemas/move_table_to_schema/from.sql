CREATE SCHEMA archive;

CREATE TABLE public.old_orders (
    id integer PRIMARY KEY,
    placed_on date NOT NULL
);

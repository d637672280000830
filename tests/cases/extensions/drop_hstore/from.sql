CREATE EXTENSION hstore;

CREATE TABLE public.products (
    id integer PRIMARY KEY,
    attrs hstore
);

CREATE TABLE public.products (
    id integer PRIMARY KEY
);

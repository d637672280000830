CREATE TABLE public.orders (
    id integer PRIMARY KEY,
    status text NOT NULL
);

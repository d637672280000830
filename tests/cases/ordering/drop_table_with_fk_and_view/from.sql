CREATE TABLE public.customers (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE public.orders (
    id integer PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES public.customers (id)
);

CREATE VIEW public.customer_orders AS
    SELECT c.name, o.id AS order_id
    FROM public.customers c JOIN public.orders o ON o.customer_id = c.id;

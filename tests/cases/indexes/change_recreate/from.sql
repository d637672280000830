CREATE TABLE public.orders (
    id integer PRIMARY KEY,
    customer_id integer NOT NULL,
    status text NOT NULL
);

CREATE INDEX orders_customer_idx ON public.orders (customer_id);

CREATE TABLE public.orders (
    id integer PRIMARY KEY,
    customer_id integer NOT NULL,
    total numeric(12,2) NOT NULL,
    placed_at timestamptz NOT NULL
);

CREATE INDEX orders_customer_covering_idx ON public.orders (customer_id) INCLUDE (total, placed_at);

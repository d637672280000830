CREATE TABLE public.orders (
    id integer PRIMARY KEY,
    total numeric(12,2) NOT NULL,
    status text NOT NULL
);

CREATE VIEW public.big_orders AS
    SELECT id, total FROM public.orders WHERE total > 1000;

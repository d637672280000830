CREATE TABLE public.orders (
    id integer PRIMARY KEY,
    total numeric(12,2) NOT NULL,
    status text NOT NULL
);

CREATE VIEW public.order_summary AS
    SELECT id, status FROM public.orders;

CREATE TABLE public.orders (
    id integer PRIMARY KEY,
    total numeric(12,2) NOT NULL
);

CREATE VIEW public.paid_orders AS
    SELECT id, total::numeric(14,2) AS total FROM public.orders WHERE total > 0;

CREATE VIEW public.paid_totals AS
    SELECT sum(total) AS total FROM public.paid_orders;

CREATE TABLE public.sales (
    id integer PRIMARY KEY,
    region text NOT NULL,
    amount numeric(12,2) NOT NULL
);

CREATE MATERIALIZED VIEW public.sales_by_region AS
    SELECT region, sum(amount) AS total FROM public.sales GROUP BY region;

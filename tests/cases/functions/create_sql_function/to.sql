CREATE TABLE public.orders (
    id integer PRIMARY KEY,
    total numeric(12,2) NOT NULL
);

CREATE FUNCTION public.order_total(order_id integer) RETURNS numeric
    LANGUAGE sql STABLE
    AS $$ SELECT total FROM public.orders WHERE id = order_id $$;

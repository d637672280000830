CREATE TABLE public.orders (
    id integer PRIMARY KEY,
    placed_at timestamptz NOT NULL
);

CREATE INDEX orders_placed_at_idx ON public.orders (placed_at);

COMMENT ON INDEX public.orders_placed_at_idx IS 'for the daily report';

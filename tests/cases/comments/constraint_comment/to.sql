CREATE TABLE public.products (
    id integer PRIMARY KEY,
    price numeric(10,2) NOT NULL,
    CONSTRAINT products_price_check CHECK (price >= 0)
);

COMMENT ON CONSTRAINT products_price_check ON public.products IS 'free products are allowed';

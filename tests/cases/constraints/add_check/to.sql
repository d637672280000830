CREATE TABLE public.products (
    id integer PRIMARY KEY,
    price numeric(10,2) NOT NULL,
    discount numeric(10,2),
    CONSTRAINT products_price_positive CHECK (price > 0),
    CONSTRAINT products_discount_le_price CHECK (discount IS NULL OR discount <= price)
);

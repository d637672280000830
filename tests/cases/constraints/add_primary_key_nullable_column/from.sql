CREATE TABLE public.products (
    product_no integer,
    name text
);

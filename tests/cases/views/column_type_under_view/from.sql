CREATE TABLE public.products (
    id integer PRIMARY KEY,
    name varchar(50) NOT NULL
);

CREATE VIEW public.product_names AS
    SELECT id, name FROM public.products;

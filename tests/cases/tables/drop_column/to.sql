CREATE TABLE public.products (
    id integer NOT NULL,
    name text NOT NULL,
    price numeric(10,2) DEFAULT 0 NOT NULL,
    CONSTRAINT products_pkey PRIMARY KEY (id)
);

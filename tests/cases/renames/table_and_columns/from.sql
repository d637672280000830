CREATE TABLE public.customers (
    id serial PRIMARY KEY,
    mail text NOT NULL UNIQUE,
    full_name text
);
CREATE INDEX customers_full_name_idx ON public.customers (lower(full_name));

CREATE TABLE public.orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES public.customers (id),
    total numeric(10,2) NOT NULL CHECK (total >= 0)
);

CREATE VIEW public.customer_mail AS SELECT id, mail FROM public.customers;

CREATE TABLE public.products (
    id integer NOT NULL,
    name text NOT NULL,
    price numeric(10,2) DEFAULT 0 NOT NULL,
    legacy_code char(8) DEFAULT 'NONE' NOT NULL,
    CONSTRAINT products_pkey PRIMARY KEY (id)
);

CREATE INDEX products_legacy_code_idx ON public.products (legacy_code);

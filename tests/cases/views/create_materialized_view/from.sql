CREATE TABLE public.sales (
    id integer PRIMARY KEY,
    region text NOT NULL,
    amount numeric(12,2) NOT NULL
);

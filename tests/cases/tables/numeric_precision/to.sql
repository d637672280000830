CREATE TABLE public.prices (
    id integer PRIMARY KEY,
    amount numeric(14,4) NOT NULL
);

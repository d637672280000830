CREATE TABLE public.invoices (
    id integer PRIMARY KEY,
    amount numeric(12,2) NOT NULL
);

COMMENT ON COLUMN public.invoices.amount IS 'gross amount';

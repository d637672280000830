CREATE TABLE public.invoices (
    id integer PRIMARY KEY,
    amount numeric(12,2) NOT NULL
);

COMMENT ON TABLE public.invoices IS 'Invoices sent to customers';
COMMENT ON COLUMN public.invoices.amount IS 'Gross amount, tax included';

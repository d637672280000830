CREATE SEQUENCE public.invoice_number_seq;

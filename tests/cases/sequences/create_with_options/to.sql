CREATE TABLE public.invoices (
    id integer PRIMARY KEY
);

CREATE SEQUENCE public.invoice_no_seq
    AS integer
    INCREMENT BY 2
    MINVALUE 100
    MAXVALUE 999999
    START WITH 101
    CACHE 10;

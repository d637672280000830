CREATE TABLE public.accounts (
    id integer PRIMARY KEY,
    iban text NOT NULL
);

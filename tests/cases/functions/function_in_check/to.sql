CREATE FUNCTION public.is_valid_iban(s text) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT s ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}$' $$;

CREATE TABLE public.accounts (
    id integer PRIMARY KEY,
    iban text NOT NULL,
    CONSTRAINT accounts_iban_check CHECK (public.is_valid_iban(iban))
);

CREATE TABLE public.accounts (
    id integer PRIMARY KEY
);

CREATE TABLE public.payments (
    id integer PRIMARY KEY,
    account_id integer NOT NULL
);

ALTER TABLE public.payments
    ADD CONSTRAINT payments_account_id_fkey FOREIGN KEY (account_id)
    REFERENCES public.accounts (id) NOT VALID;

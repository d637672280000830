CREATE TABLE public.accounts (
    id integer PRIMARY KEY
);

CREATE TABLE public.payments (
    id integer PRIMARY KEY,
    account_id integer NOT NULL
);

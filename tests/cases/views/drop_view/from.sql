CREATE TABLE public.accounts (
    id integer PRIMARY KEY,
    active boolean NOT NULL
);

CREATE VIEW public.inactive_accounts AS
    SELECT id FROM public.accounts WHERE NOT active;

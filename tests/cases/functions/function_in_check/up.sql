-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. create function public.is_valid_iban
--     2. add constraint accounts_iban_check on public.accounts

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE OR REPLACE FUNCTION public.is_valid_iban(s text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT s ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}$' $$;

ALTER TABLE public.accounts ADD CONSTRAINT accounts_iban_check CHECK (public.is_valid_iban(iban)) NOT VALID;

COMMIT;

BEGIN;

ALTER TABLE public.accounts VALIDATE CONSTRAINT accounts_iban_check;

COMMIT;


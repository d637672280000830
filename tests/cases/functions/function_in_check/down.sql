-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. undo: add constraint accounts_iban_check on public.accounts
--     2. undo: create function public.is_valid_iban

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER TABLE public.accounts DROP CONSTRAINT accounts_iban_check;

DROP FUNCTION public.is_valid_iban(text);

COMMIT;


-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 4 statement(s), 1 with warnings
--     1. undo: add constraint payments_account_code_fkey on public.payments
--     2. undo: create index public.accounts_code_key  [WARNING]
--     3. undo: drop index public.accounts_code_key
--     4. undo: drop constraint payments_account_code_fkey on public.payments

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER TABLE public.payments DROP CONSTRAINT payments_account_code_fkey;

COMMIT;

-- WARNING: D114 drop-index [warning]: public.accounts_code_key: queries that used the index lose it (it is dropped CONCURRENTLY: no lock is held)
DROP INDEX CONCURRENTLY public.accounts_code_key;

CREATE UNIQUE INDEX CONCURRENTLY accounts_code_key ON public.accounts USING btree (code);

BEGIN;

ALTER TABLE public.payments ADD CONSTRAINT payments_account_code_fkey FOREIGN KEY (account_code) REFERENCES public.accounts (code);

COMMIT;


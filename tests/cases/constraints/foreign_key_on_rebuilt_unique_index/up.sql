-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 4 statement(s), 3 with warnings
--     1. drop constraint payments_account_code_fkey on public.payments  [WARNING]
--     2. drop index public.accounts_code_key  [WARNING]
--     3. create index public.accounts_code_key  [WARNING]
--     4. add constraint payments_account_code_fkey on public.payments

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: D109 drop-constraint [warning; ACCESS EXCLUSIVE]: payments_account_code_fkey on public.payments: drops an integrity constraint (a foreign key also locks the referenced table)
ALTER TABLE public.payments DROP CONSTRAINT payments_account_code_fkey;

COMMIT;

-- WARNING: D114 drop-index [warning]: public.accounts_code_key: queries that used the index lose it (it is dropped CONCURRENTLY: no lock is held)
DROP INDEX CONCURRENTLY public.accounts_code_key;

-- WARNING: C110 unique-index-data-dependent [warning; index build]: public.accounts_code_key: a new unique index fails on duplicates already in the table
CREATE UNIQUE INDEX CONCURRENTLY accounts_code_key ON public.accounts USING btree (code) INCLUDE (id);

BEGIN;

ALTER TABLE public.payments ADD CONSTRAINT payments_account_code_fkey FOREIGN KEY (account_code) REFERENCES public.accounts (code) NOT VALID;

COMMIT;

BEGIN;

ALTER TABLE public.payments VALIDATE CONSTRAINT payments_account_code_fkey;

COMMIT;


-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 2 with warnings
--     1. create extension citext
--     2. add column public.accounts.email  [WARNING]
--     3. add constraint accounts_email_key on public.accounts  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE EXTENSION citext;

-- WARNING: C105 add-required-column [error; ACCESS EXCLUSIVE]: public.accounts.email: a NOT NULL column without a default fails on a table with rows; old INSERTs fail
ALTER TABLE public.accounts ADD COLUMN email public.citext NOT NULL;

COMMIT;

-- WARNING: C110 unique-index-data-dependent [warning; index build]: accounts_email_key on public.accounts: a new unique index fails on duplicates already in the table
CREATE UNIQUE INDEX CONCURRENTLY accounts_email_key ON public.accounts (email);

BEGIN;

ALTER TABLE public.accounts ADD CONSTRAINT accounts_email_key UNIQUE USING INDEX accounts_email_key;

COMMIT;


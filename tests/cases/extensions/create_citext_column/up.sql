-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 2 with warnings
--     1. create extension citext
--     2. add column public.accounts.email  [WARNING]
--     3. add constraint accounts_email_key on public.accounts  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';

BEGIN;

CREATE EXTENSION citext;

-- WARNING: C105 add-required-column [error; ACCESS EXCLUSIVE]: public.accounts.email: a NOT NULL column without a default fails on a table with rows; old INSERTs fail
ALTER TABLE public.accounts ADD COLUMN email public.citext NOT NULL;

-- WARNING: L109 add-unique-constraint-without-index [error; ACCESS EXCLUSIVE; index build]: accounts_email_key on public.accounts: builds a unique index while the table is locked and fails on duplicates
ALTER TABLE public.accounts ADD CONSTRAINT accounts_email_key UNIQUE (email);

COMMIT;


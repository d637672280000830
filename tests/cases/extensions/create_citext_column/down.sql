-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 1 with warnings
--     1. undo: add constraint accounts_email_key on public.accounts
--     2. undo: add column public.accounts.email  [WARNING]
--     3. undo: create extension citext

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER TABLE public.accounts DROP CONSTRAINT accounts_email_key;

-- WARNING: D102 drop-column [error; ACCESS EXCLUSIVE; data loss]: public.accounts.email: drops the column and its data; the reverse restores the column empty
ALTER TABLE public.accounts DROP COLUMN email;

DROP EXTENSION citext;

COMMIT;


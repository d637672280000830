-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 4 statement(s), 1 with warnings
--     1. undo: add constraint accounts_span_excl on public.accounts
--     2. undo: add constraint accounts_pkey on public.accounts
--     3. undo: add constraint accounts_email_region_key on public.accounts
--     4. undo: set not null of public.accounts.id  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER TABLE public.accounts DROP CONSTRAINT accounts_span_excl;

ALTER TABLE public.accounts DROP CONSTRAINT accounts_pkey;

ALTER TABLE public.accounts DROP CONSTRAINT accounts_email_region_key;

-- WARNING: C106 drop-not-null [warning; ACCESS EXCLUSIVE]: public.accounts.id: readers and code that assumed a value meet NULLs
ALTER TABLE public.accounts ALTER COLUMN id DROP NOT NULL;

COMMIT;


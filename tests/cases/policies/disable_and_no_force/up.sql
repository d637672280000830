-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. set row level security of public.accounts
--     2. set row level security of public.notes

SET check_function_bodies = false;
SET lock_timeout = '10s';

BEGIN;

ALTER TABLE public.accounts DISABLE ROW LEVEL SECURITY;

ALTER TABLE public.accounts NO FORCE ROW LEVEL SECURITY;

ALTER TABLE public.notes NO FORCE ROW LEVEL SECURITY;

COMMIT;


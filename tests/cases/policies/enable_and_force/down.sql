-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. undo: set row level security of public.notes
--     2. undo: set row level security of public.accounts

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER TABLE public.notes DISABLE ROW LEVEL SECURITY;

ALTER TABLE public.accounts DISABLE ROW LEVEL SECURITY;

ALTER TABLE public.accounts NO FORCE ROW LEVEL SECURITY;

COMMIT;


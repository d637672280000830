-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. set row level security of public.accounts
--     2. set row level security of public.notes

SET check_function_bodies = false;
SET lock_timeout = '10s';

BEGIN;

ALTER TABLE public.accounts ENABLE ROW LEVEL SECURITY;

ALTER TABLE public.accounts FORCE ROW LEVEL SECURITY;

ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;

COMMIT;


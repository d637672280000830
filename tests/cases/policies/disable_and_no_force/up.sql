-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 2 with warnings
--     1. set row level security of public.accounts  [WARNING]
--     2. set row level security of public.notes  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: C113 authz-change [warning]: row level security of public.accounts: changes who may read or write what (privileges, row level security, policies)
ALTER TABLE public.accounts DISABLE ROW LEVEL SECURITY;

ALTER TABLE public.accounts NO FORCE ROW LEVEL SECURITY;

-- WARNING: C113 authz-change [warning]: row level security of public.notes: changes who may read or write what (privileges, row level security, policies)
ALTER TABLE public.notes NO FORCE ROW LEVEL SECURITY;

COMMIT;


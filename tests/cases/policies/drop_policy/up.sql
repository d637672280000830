-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 6 statement(s), 6 with warnings
--     1. drop policy edit_own on public.documents  [WARNING]
--     2. drop policy only_small_ids on public.documents  [WARNING]
--     3. drop policy read_published on public.documents  [WARNING]
--     4. drop policy read_team on public.documents  [WARNING]
--     5. drop policy remove_own on public.documents  [WARNING]
--     6. drop policy write_own on public.documents  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: C113 authz-change [warning]: policy edit_own on public.documents: changes who may read or write what (privileges, row level security, policies)
DROP POLICY edit_own ON public.documents;

-- WARNING: C113 authz-change [warning]: policy only_small_ids on public.documents: changes who may read or write what (privileges, row level security, policies)
DROP POLICY only_small_ids ON public.documents;

-- WARNING: C113 authz-change [warning]: policy read_published on public.documents: changes who may read or write what (privileges, row level security, policies)
DROP POLICY read_published ON public.documents;

-- WARNING: C113 authz-change [warning]: policy read_team on public.documents: changes who may read or write what (privileges, row level security, policies)
DROP POLICY read_team ON public.documents;

-- WARNING: C113 authz-change [warning]: policy remove_own on public.documents: changes who may read or write what (privileges, row level security, policies)
DROP POLICY remove_own ON public.documents;

-- WARNING: C113 authz-change [warning]: policy write_own on public.documents: changes who may read or write what (privileges, row level security, policies)
DROP POLICY write_own ON public.documents;

COMMIT;


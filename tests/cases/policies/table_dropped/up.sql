-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 3 with warnings
--     1. drop policy own_docs on public.documents  [WARNING]
--     2. drop table public.documents  [WARNING]
--     3. drop function public.is_owner  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: C113 authz-change [warning]: policy own_docs on public.documents: changes who may read or write what (privileges, row level security, policies)
DROP POLICY own_docs ON public.documents;

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.documents: drops the table and all its rows; the reverse restores the structure, not the rows
-- WARNING: down.sql recreates the structure of public.documents, not its rows
DROP TABLE public.documents;

-- WARNING: D112 drop-function [warning]: public.is_owner: drops a function or procedure; callers the catalog cannot see fail at run time
DROP FUNCTION public.is_owner(text);

COMMIT;


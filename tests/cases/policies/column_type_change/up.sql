-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 2 with warnings
--     1. drop policy own_docs on public.documents  [WARNING]
--     2. change type of public.documents.owner_name
--     3. create policy own_docs on public.documents  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: C113 authz-change [warning]: policy own_docs on public.documents: changes who may read or write what (privileges, row level security, policies)
DROP POLICY own_docs ON public.documents;

ALTER TABLE public.documents ALTER COLUMN owner_name TYPE text;

-- WARNING: C113 authz-change [warning]: policy own_docs on public.documents: changes who may read or write what (privileges, row level security, policies)
CREATE POLICY own_docs ON public.documents USING (owner_name = current_user);

COMMIT;


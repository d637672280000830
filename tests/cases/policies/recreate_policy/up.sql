-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 8 statement(s), 8 with warnings
--     1. drop policy by_owner on public.documents  [WARNING]
--     2. drop policy edit_docs on public.documents  [WARNING]
--     3. drop policy keep_comment on public.documents  [WARNING]
--     4. drop policy limit_ids on public.documents  [WARNING]
--     5. create policy by_owner on public.documents  [WARNING]
--     6. create policy edit_docs on public.documents  [WARNING]
--     7. create policy keep_comment on public.documents  [WARNING]
--     8. create policy limit_ids on public.documents  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: C113 authz-change [warning]: policy by_owner on public.documents: changes who may read or write what (privileges, row level security, policies)
DROP POLICY by_owner ON public.documents;

-- WARNING: C113 authz-change [warning]: policy edit_docs on public.documents: changes who may read or write what (privileges, row level security, policies)
DROP POLICY edit_docs ON public.documents;

-- WARNING: C113 authz-change [warning]: policy keep_comment on public.documents: changes who may read or write what (privileges, row level security, policies)
DROP POLICY keep_comment ON public.documents;

-- WARNING: C113 authz-change [warning]: policy limit_ids on public.documents: changes who may read or write what (privileges, row level security, policies)
DROP POLICY limit_ids ON public.documents;

-- WARNING: C113 authz-change [warning]: policy by_owner on public.documents: changes who may read or write what (privileges, row level security, policies)
CREATE POLICY by_owner ON public.documents FOR SELECT USING (owner_name = current_user);

-- WARNING: C113 authz-change [warning]: policy edit_docs on public.documents: changes who may read or write what (privileges, row level security, policies)
CREATE POLICY edit_docs ON public.documents FOR UPDATE USING (owner_name = current_user);

-- WARNING: C113 authz-change [warning]: policy keep_comment on public.documents: changes who may read or write what (privileges, row level security, policies)
CREATE POLICY keep_comment ON public.documents USING (NOT published);

COMMENT ON POLICY keep_comment ON public.documents IS 'drafts only';

-- WARNING: C113 authz-change [warning]: policy limit_ids on public.documents: changes who may read or write what (privileges, row level security, policies)
CREATE POLICY limit_ids ON public.documents AS RESTRICTIVE USING (id < 1000);

COMMIT;


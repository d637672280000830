-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 8 statement(s), 0 with warnings
--     1. drop policy by_owner on public.documents
--     2. drop policy edit_docs on public.documents
--     3. drop policy keep_comment on public.documents
--     4. drop policy limit_ids on public.documents
--     5. create policy by_owner on public.documents
--     6. create policy edit_docs on public.documents
--     7. create policy keep_comment on public.documents
--     8. create policy limit_ids on public.documents

SET check_function_bodies = false;
SET lock_timeout = '10s';

BEGIN;

DROP POLICY by_owner ON public.documents;

DROP POLICY edit_docs ON public.documents;

DROP POLICY keep_comment ON public.documents;

DROP POLICY limit_ids ON public.documents;

CREATE POLICY by_owner ON public.documents FOR SELECT USING (owner_name = current_user);

CREATE POLICY edit_docs ON public.documents FOR UPDATE USING (owner_name = current_user);

CREATE POLICY keep_comment ON public.documents USING (NOT published);

COMMENT ON POLICY keep_comment ON public.documents IS 'drafts only';

CREATE POLICY limit_ids ON public.documents AS RESTRICTIVE USING (id < 1000);

COMMIT;


-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 8 statement(s), 0 with warnings
--     1. undo: create policy limit_ids on public.documents
--     2. undo: create policy keep_comment on public.documents
--     3. undo: create policy edit_docs on public.documents
--     4. undo: create policy by_owner on public.documents
--     5. undo: drop policy limit_ids on public.documents
--     6. undo: drop policy keep_comment on public.documents
--     7. undo: drop policy edit_docs on public.documents
--     8. undo: drop policy by_owner on public.documents

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP POLICY limit_ids ON public.documents;

DROP POLICY keep_comment ON public.documents;

DROP POLICY edit_docs ON public.documents;

DROP POLICY by_owner ON public.documents;

CREATE POLICY limit_ids ON public.documents USING (id < 1000);

CREATE POLICY keep_comment ON public.documents FOR DELETE USING (NOT published);

COMMENT ON POLICY keep_comment ON public.documents IS 'drafts only';

CREATE POLICY edit_docs ON public.documents FOR UPDATE USING (owner_name = current_user) WITH CHECK (NOT published);

CREATE POLICY by_owner ON public.documents USING (owner_name = current_user) WITH CHECK (owner_name = current_user);

COMMIT;


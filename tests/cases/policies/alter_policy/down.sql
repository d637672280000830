-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 0 with warnings
--     1. undo: alter policy read_docs on public.documents
--     2. undo: alter policy edit_docs on public.documents
--     3. undo: alter policy add_docs on public.documents

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER POLICY read_docs ON public.documents TO pg_monitor USING (published);

ALTER POLICY edit_docs ON public.documents WITH CHECK (owner_name = current_user);

ALTER POLICY add_docs ON public.documents TO PUBLIC WITH CHECK (owner_name = current_user);

COMMIT;


-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 7 statement(s), 0 with warnings
--     1. undo: create policy write_own on public.documents
--     2. undo: create policy remove_own on public.documents
--     3. undo: create policy read_team on public.documents
--     4. undo: create policy read_published on public.documents
--     5. undo: create policy only_small_ids on public.documents
--     6. undo: create policy edit_own on public.documents
--     7. undo: set row level security of public.documents

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP POLICY write_own ON public.documents;

DROP POLICY remove_own ON public.documents;

DROP POLICY read_team ON public.documents;

DROP POLICY read_published ON public.documents;

DROP POLICY only_small_ids ON public.documents;

DROP POLICY edit_own ON public.documents;

ALTER TABLE public.documents DISABLE ROW LEVEL SECURITY;

COMMIT;


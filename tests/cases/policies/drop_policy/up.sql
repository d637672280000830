-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 6 statement(s), 0 with warnings
--     1. drop policy edit_own on public.documents
--     2. drop policy only_small_ids on public.documents
--     3. drop policy read_published on public.documents
--     4. drop policy read_team on public.documents
--     5. drop policy remove_own on public.documents
--     6. drop policy write_own on public.documents

SET check_function_bodies = false;
SET lock_timeout = '10s';

BEGIN;

DROP POLICY edit_own ON public.documents;

DROP POLICY only_small_ids ON public.documents;

DROP POLICY read_published ON public.documents;

DROP POLICY read_team ON public.documents;

DROP POLICY remove_own ON public.documents;

DROP POLICY write_own ON public.documents;

COMMIT;


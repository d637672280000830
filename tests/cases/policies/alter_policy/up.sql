-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 0 with warnings
--     1. alter policy add_docs on public.documents
--     2. alter policy edit_docs on public.documents
--     3. alter policy read_docs on public.documents

SET check_function_bodies = false;
SET lock_timeout = '10s';

BEGIN;

ALTER POLICY add_docs ON public.documents TO pg_monitor WITH CHECK (true);

ALTER POLICY edit_docs ON public.documents WITH CHECK (owner_name = current_user AND id > 0);

ALTER POLICY read_docs ON public.documents TO pg_monitor, pg_read_all_stats USING (published OR owner_name = current_user);

COMMIT;


-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. undo: comment on policy public.documents.read_published
--     2. undo: comment on policy public.documents.read_all

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

COMMENT ON POLICY read_published ON public.documents IS NULL;

COMMENT ON POLICY read_all ON public.documents IS 'monitoring';

COMMIT;


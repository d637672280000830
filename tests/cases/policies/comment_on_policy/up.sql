-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. comment on policy public.documents.read_all
--     2. comment on policy public.documents.read_published

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

COMMENT ON POLICY read_all ON public.documents IS 'monitoring tools read everything';

COMMENT ON POLICY read_published ON public.documents IS 'anyone may read what is published';

COMMIT;


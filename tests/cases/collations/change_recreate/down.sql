-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. undo: create collation public.german
--     2. undo: drop collation public.german

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP COLLATION public.german;

CREATE COLLATION public.german (PROVIDER = icu, LOCALE = 'de-DE');

COMMENT ON COLLATION public.german IS 'German';

COMMIT;


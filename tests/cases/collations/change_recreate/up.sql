-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 1 with warnings
--     1. drop collation public.german  [WARNING]
--     2. create collation public.german

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: D111 drop-type [warning]: public.german: drops a type
DROP COLLATION public.german;

CREATE COLLATION public.german (PROVIDER = icu, LOCALE = 'de-AT');

COMMENT ON COLLATION public.german IS 'German';

COMMIT;


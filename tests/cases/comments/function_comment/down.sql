-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 0 with warnings
--     1. undo: comment on function public.add(integer, integer)

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

COMMENT ON FUNCTION public.add(integer, integer) IS 'adds';

COMMIT;


-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. undo: comment on aggregate public.total(integer)
--     2. undo: create aggregate public.joined

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

COMMENT ON AGGREGATE public.total(integer) IS 'old';

DROP AGGREGATE public.joined(text);

COMMIT;


-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. undo: create aggregate public.sum_old
--     2. undo: create aggregate public.count_old

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP AGGREGATE public.sum_old(bigint);

DROP AGGREGATE public.count_old(*);

COMMIT;


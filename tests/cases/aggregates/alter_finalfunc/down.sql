-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. undo: create aggregate public.my_avg
--     2. undo: drop aggregate public.my_avg

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP AGGREGATE public.my_avg(integer);

CREATE OR REPLACE AGGREGATE public.my_avg(integer) (SFUNC = public.step, STYPE = integer[], INITCOND = '{0,0}');

COMMIT;


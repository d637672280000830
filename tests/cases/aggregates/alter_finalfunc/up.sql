-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 1 with warnings
--     1. drop aggregate public.my_avg  [WARNING]
--     2. create aggregate public.my_avg

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: D112 drop-function [warning]: public.my_avg: drops a function or procedure; callers the catalog cannot see fail at run time
DROP AGGREGATE public.my_avg(integer);

CREATE OR REPLACE AGGREGATE public.my_avg(integer) (SFUNC = public.step, STYPE = integer[], FINALFUNC = public.avg_final, INITCOND = '{0,0}');

COMMIT;


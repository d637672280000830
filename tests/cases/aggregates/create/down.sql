-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 5 statement(s), 0 with warnings
--     1. undo: create aggregate public.norm2
--     2. undo: create function public.sum_sq_step
--     3. undo: create function public.sum_sq_final
--     4. undo: create aggregate public.my_count
--     5. undo: create aggregate public.moving_sum

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP AGGREGATE public.norm2(double precision);

DROP FUNCTION public.sum_sq_step(double precision, double precision);

DROP FUNCTION public.sum_sq_final(double precision);

DROP AGGREGATE public.my_count(*);

DROP AGGREGATE public.moving_sum(integer);

COMMIT;


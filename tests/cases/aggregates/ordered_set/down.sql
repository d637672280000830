-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 6 statement(s), 0 with warnings
--     1. undo: create aggregate public.my_rank
--     2. undo: create function public.rank_final
--     3. undo: create aggregate public.nth_value_ordered
--     4. undo: create function public.pick_step
--     5. undo: create function public.pick_final
--     6. undo: create function public.collect_step

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP AGGREGATE public.my_rank(integer ORDER BY integer);

DROP FUNCTION public.rank_final(integer[], integer, integer);

DROP AGGREGATE public.nth_value_ordered(integer ORDER BY anyelement);

DROP FUNCTION public.pick_step(anyarray, anyelement);

DROP FUNCTION public.pick_final(anyarray, integer, anyelement);

DROP FUNCTION public.collect_step(integer[], integer);

COMMIT;


-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 0 with warnings
--     1. undo: create aggregate public.nth_value_ordered
--     2. undo: create function public.pick_step
--     3. undo: create function public.pick_final

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP AGGREGATE public.nth_value_ordered(integer ORDER BY anyelement);

DROP FUNCTION public.pick_step(anyarray, anyelement);

DROP FUNCTION public.pick_final(anyarray, integer, anyelement);

COMMIT;


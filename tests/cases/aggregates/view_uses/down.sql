-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 0 with warnings
--     1. undo: create view public.order_summary
--     2. undo: create aggregate public.biggest
--     3. undo: create function public.max_step

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP VIEW public.order_summary;

DROP AGGREGATE public.biggest(integer);

DROP FUNCTION public.max_step(integer, integer);

COMMIT;


-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. undo: create view public.t_doubled
--     2. undo: create function public.double_it

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP VIEW public.t_doubled;

DROP FUNCTION public.double_it(integer);

COMMIT;


-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 8 statement(s), 0 with warnings
--     1. undo: create view public.amount_total
--     2. undo: create aggregate public.add_all
--     3. undo: create function public.add_step
--     4. undo: drop function public.add_step
--     5. undo: drop aggregate public.add_all
--     6. undo: drop function public.unused_step
--     7. undo: drop aggregate public.sub_all
--     8. undo: drop view public.amount_total

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP VIEW public.amount_total;

DROP AGGREGATE public.add_all(integer);

DROP FUNCTION public.add_step(integer, integer);

CREATE OR REPLACE FUNCTION public.add_step(state int, x int) RETURNS int LANGUAGE sql IMMUTABLE RETURNS NULL ON NULL INPUT AS $$ SELECT state + x $$;

CREATE OR REPLACE AGGREGATE public.add_all(integer) (SFUNC = public.add_step, STYPE = integer);

CREATE OR REPLACE FUNCTION public.unused_step(state int, x int) RETURNS int LANGUAGE sql IMMUTABLE RETURNS NULL ON NULL INPUT AS $$ SELECT state - x $$;

CREATE OR REPLACE AGGREGATE public.sub_all(integer) (SFUNC = public.unused_step, STYPE = integer);

CREATE VIEW public.amount_total AS SELECT add_all(n) AS total FROM amounts;

COMMIT;


-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 6 statement(s), 0 with warnings
--     1. undo: create aggregate public.add_all
--     2. undo: create function public.add_step
--     3. undo: drop function public.add_step
--     4. undo: drop aggregate public.add_all
--     5. undo: drop function public.unused_step
--     6. undo: drop aggregate public.sub_all

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP AGGREGATE public.add_all(integer);

DROP FUNCTION public.add_step(integer, integer);

CREATE OR REPLACE FUNCTION public.add_step(state int, x int) RETURNS int LANGUAGE sql IMMUTABLE RETURNS NULL ON NULL INPUT AS $$ SELECT state + x $$;

CREATE OR REPLACE AGGREGATE public.add_all(integer) (SFUNC = public.add_step, STYPE = integer);

CREATE OR REPLACE FUNCTION public.unused_step(state int, x int) RETURNS int LANGUAGE sql IMMUTABLE RETURNS NULL ON NULL INPUT AS $$ SELECT state - x $$;

CREATE OR REPLACE AGGREGATE public.sub_all(integer) (SFUNC = public.unused_step, STYPE = integer);

COMMIT;


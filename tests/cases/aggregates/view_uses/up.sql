-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 0 with warnings
--     1. create function public.max_step
--     2. create aggregate public.biggest
--     3. create view public.order_summary

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE OR REPLACE FUNCTION public.max_step(state int, x int) RETURNS int LANGUAGE sql IMMUTABLE RETURNS NULL ON NULL INPUT AS $$ SELECT greatest(state, x) $$;

CREATE OR REPLACE AGGREGATE public.biggest(integer) (SFUNC = public.max_step, STYPE = integer, SORTOP = >);

CREATE VIEW public.order_summary AS SELECT biggest(amount) AS largest, count(*) AS n FROM orders;

COMMIT;


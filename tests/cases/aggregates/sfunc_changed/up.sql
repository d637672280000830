-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 8 statement(s), 4 with warnings
--     1. drop view public.amount_total
--     2. drop aggregate public.sub_all  [WARNING]
--     3. drop function public.unused_step  [WARNING]
--     4. drop aggregate public.add_all  [WARNING]
--     5. drop function public.add_step  [WARNING]
--     6. create function public.add_step
--     7. create aggregate public.add_all
--     8. create view public.amount_total

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP VIEW public.amount_total;

-- WARNING: D112 drop-function [warning]: public.sub_all: drops a function or procedure; callers the catalog cannot see fail at run time
DROP AGGREGATE public.sub_all(integer);

-- WARNING: D112 drop-function [warning]: public.unused_step: drops a function or procedure; callers the catalog cannot see fail at run time
DROP FUNCTION public.unused_step(integer, integer);

-- WARNING: D112 drop-function [warning]: public.add_all: drops a function or procedure; callers the catalog cannot see fail at run time
DROP AGGREGATE public.add_all(integer);

-- WARNING: D112 drop-function [warning]: public.add_step: drops a function or procedure; callers the catalog cannot see fail at run time
DROP FUNCTION public.add_step(integer, integer);

CREATE OR REPLACE FUNCTION public.add_step(acc int, x int) RETURNS int LANGUAGE sql IMMUTABLE RETURNS NULL ON NULL INPUT AS $$ SELECT acc + x $$;

CREATE OR REPLACE AGGREGATE public.add_all(integer) (SFUNC = public.add_step, STYPE = integer);

CREATE VIEW public.amount_total AS SELECT add_all(n) AS total FROM amounts;

COMMIT;


-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 6 statement(s), 4 with warnings
--     1. drop aggregate public.sub_all  [WARNING]
--     2. drop function public.unused_step  [WARNING]
--     3. drop aggregate public.add_all  [WARNING]
--     4. drop function public.add_step  [WARNING]
--     5. create function public.add_step
--     6. create aggregate public.add_all

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

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

COMMIT;


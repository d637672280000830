-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 5 statement(s), 0 with warnings
--     1. undo: drop function public.sum_sq_step
--     2. undo: drop function public.sum_sq_final
--     3. undo: drop aggregate public.norm2
--     4. undo: drop aggregate public.my_count
--     5. undo: drop aggregate public.moving_sum

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE OR REPLACE FUNCTION public.sum_sq_step(state double precision, x double precision) RETURNS double precision LANGUAGE sql IMMUTABLE RETURNS NULL ON NULL INPUT AS $$ SELECT state + x * x $$;

CREATE OR REPLACE FUNCTION public.sum_sq_final(state double precision) RETURNS double precision LANGUAGE sql IMMUTABLE RETURNS NULL ON NULL INPUT AS $$ SELECT sqrt(state) $$;

CREATE OR REPLACE AGGREGATE public.norm2(double precision) (SFUNC = public.sum_sq_step, STYPE = double precision, FINALFUNC = public.sum_sq_final, COMBINEFUNC = float8pl, INITCOND = '0', PARALLEL = SAFE);

CREATE OR REPLACE AGGREGATE public.my_count(*) (SFUNC = int8inc, STYPE = bigint, INITCOND = '0');

CREATE OR REPLACE AGGREGATE public.moving_sum(x integer) (SFUNC = int4pl, STYPE = integer, MSFUNC = int4pl, MINVFUNC = int4mi, MSTYPE = integer);

COMMIT;


-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 5 statement(s), 0 with warnings
--     1. create aggregate public.moving_sum
--     2. create aggregate public.my_count
--     3. create function public.sum_sq_final
--     4. create function public.sum_sq_step
--     5. create aggregate public.norm2

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE OR REPLACE AGGREGATE public.moving_sum(x integer) (SFUNC = int4pl, STYPE = integer, MSFUNC = int4pl, MINVFUNC = int4mi, MSTYPE = integer);

CREATE OR REPLACE AGGREGATE public.my_count(*) (SFUNC = int8inc, STYPE = bigint, INITCOND = '0');

CREATE OR REPLACE FUNCTION public.sum_sq_final(state double precision) RETURNS double precision LANGUAGE sql IMMUTABLE RETURNS NULL ON NULL INPUT AS $$ SELECT sqrt(state) $$;

CREATE OR REPLACE FUNCTION public.sum_sq_step(state double precision, x double precision) RETURNS double precision LANGUAGE sql IMMUTABLE RETURNS NULL ON NULL INPUT AS $$ SELECT state + x * x $$;

CREATE OR REPLACE AGGREGATE public.norm2(double precision) (SFUNC = public.sum_sq_step, STYPE = double precision, FINALFUNC = public.sum_sq_final, COMBINEFUNC = float8pl, INITCOND = '0', PARALLEL = SAFE);

COMMIT;


-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 0 with warnings
--     1. create function public.pick_final
--     2. create function public.pick_step
--     3. create aggregate public.nth_value_ordered

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE OR REPLACE FUNCTION public.pick_final(state anyarray, n int, x anyelement) RETURNS anyelement LANGUAGE sql IMMUTABLE AS $$ SELECT state[n] $$;

CREATE OR REPLACE FUNCTION public.pick_step(state anyarray, x anyelement) RETURNS anyarray LANGUAGE sql IMMUTABLE AS $$ SELECT array_append(state, x) $$;

CREATE OR REPLACE AGGREGATE public.nth_value_ordered(n integer ORDER BY x anyelement) (SFUNC = public.pick_step, STYPE = anyarray, FINALFUNC = public.pick_final, FINALFUNC_EXTRA);

COMMENT ON AGGREGATE public.nth_value_ordered(integer ORDER BY anyelement) IS 'n-th';

COMMIT;


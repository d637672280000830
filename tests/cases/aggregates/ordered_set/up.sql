-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 6 statement(s), 0 with warnings
--     1. create function public.collect_step
--     2. create function public.pick_final
--     3. create function public.pick_step
--     4. create aggregate public.nth_value_ordered
--     5. create function public.rank_final
--     6. create aggregate public.my_rank

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE OR REPLACE FUNCTION public.collect_step(state int[], x int) RETURNS int[] LANGUAGE sql IMMUTABLE AS $$ SELECT array_append(state, x) $$;

CREATE OR REPLACE FUNCTION public.pick_final(state anyarray, n int, x anyelement) RETURNS anyelement LANGUAGE sql IMMUTABLE AS $$ SELECT state[n] $$;

CREATE OR REPLACE FUNCTION public.pick_step(state anyarray, x anyelement) RETURNS anyarray LANGUAGE sql IMMUTABLE AS $$ SELECT array_append(state, x) $$;

CREATE OR REPLACE AGGREGATE public.nth_value_ordered(n integer ORDER BY x anyelement) (SFUNC = public.pick_step, STYPE = anyarray, FINALFUNC = public.pick_final, FINALFUNC_EXTRA);

COMMENT ON AGGREGATE public.nth_value_ordered(integer ORDER BY anyelement) IS 'n-th';

CREATE OR REPLACE FUNCTION public.rank_final(state int[], probe int, x int) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT count(*) + 1 FROM unnest(state) AS v WHERE v < probe $$;

CREATE OR REPLACE AGGREGATE public.my_rank(probe integer ORDER BY x integer) (SFUNC = public.collect_step, STYPE = integer[], FINALFUNC = public.rank_final, FINALFUNC_EXTRA, HYPOTHETICAL);

COMMIT;


-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 7 statement(s), 0 with warnings
--     1. create type public.pair_state
--     2. create domain public.score
--     3. create function public.happiest_step
--     4. create aggregate public.happiest
--     5. create function public.pair_final
--     6. create function public.pair_step
--     7. create aggregate public.mean_score

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE TYPE public.pair_state AS (total bigint, n bigint);

CREATE DOMAIN public.score AS integer CONSTRAINT score_check CHECK (value >= 0);

CREATE OR REPLACE FUNCTION public.happiest_step(s public.mood, x public.mood) RETURNS public.mood LANGUAGE sql IMMUTABLE RETURNS NULL ON NULL INPUT AS $$ SELECT greatest(s, x) $$;

CREATE OR REPLACE AGGREGATE public.happiest(public.mood) (SFUNC = public.happiest_step, STYPE = public.mood);

CREATE OR REPLACE FUNCTION public.pair_final(s public.pair_state) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT s.total::numeric / nullif(s.n, 0) $$;

CREATE OR REPLACE FUNCTION public.pair_step(s public.pair_state, x public.score) RETURNS public.pair_state LANGUAGE sql IMMUTABLE AS $$ SELECT ROW(coalesce(s.total, 0) + x, coalesce(s.n, 0) + 1)::pair_state $$;

CREATE OR REPLACE AGGREGATE public.mean_score(public.score) (SFUNC = public.pair_step, STYPE = public.pair_state, FINALFUNC = public.pair_final);

COMMIT;


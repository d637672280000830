-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 7 statement(s), 0 with warnings
--     1. undo: create aggregate public.mean_score
--     2. undo: create function public.pair_step
--     3. undo: create function public.pair_final
--     4. undo: create aggregate public.happiest
--     5. undo: create function public.happiest_step
--     6. undo: create domain public.score
--     7. undo: create type public.pair_state

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP AGGREGATE public.mean_score(public.score);

DROP FUNCTION public.pair_step(public.pair_state, public.score);

DROP FUNCTION public.pair_final(public.pair_state);

DROP AGGREGATE public.happiest(public.mood);

DROP FUNCTION public.happiest_step(public.mood, public.mood);

DROP DOMAIN public.score;

DROP TYPE public.pair_state;

COMMIT;


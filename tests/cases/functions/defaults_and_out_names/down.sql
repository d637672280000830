-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 6 statement(s), 0 with warnings
--     1. undo: create function public.unnamed
--     2. undo: drop function public.unnamed
--     3. undo: create function public.pick
--     4. undo: drop function public.pick
--     5. undo: create function public.pair
--     6. undo: drop function public.pair

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP FUNCTION public.unnamed(integer);

CREATE OR REPLACE FUNCTION public.unnamed(int) RETURNS int LANGUAGE sql AS $$SELECT $1$$;

DROP FUNCTION public.pick(integer, integer);

CREATE OR REPLACE FUNCTION public.pick(a int, b int = 0) RETURNS int LANGUAGE sql AS $$SELECT a + b$$;

DROP FUNCTION public.pair();

CREATE OR REPLACE FUNCTION public.pair(OUT lo int, OUT hi int) LANGUAGE sql AS $$SELECT 1, 2$$;

COMMIT;


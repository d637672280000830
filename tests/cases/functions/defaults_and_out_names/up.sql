-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 6 statement(s), 0 with warnings
--     1. drop function public.pair
--     2. create function public.pair
--     3. drop function public.pick
--     4. create function public.pick
--     5. drop function public.unnamed
--     6. create function public.unnamed

SET check_function_bodies = false;
SET lock_timeout = '10s';

BEGIN;

DROP FUNCTION public.pair();

CREATE OR REPLACE FUNCTION public.pair(OUT low int, OUT hi int) LANGUAGE sql AS $$SELECT 1, 2$$;

DROP FUNCTION public.pick(integer, integer);

CREATE OR REPLACE FUNCTION public.pick(a int, b int) RETURNS int LANGUAGE sql AS $$SELECT a + b$$;

DROP FUNCTION public.unnamed(integer);

CREATE OR REPLACE FUNCTION public.unnamed(n int) RETURNS int LANGUAGE sql AS $$SELECT n$$;

COMMIT;


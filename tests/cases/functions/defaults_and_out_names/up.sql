-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 6 statement(s), 3 with warnings
--     1. drop function public.pair  [WARNING]
--     2. create function public.pair
--     3. drop function public.pick  [WARNING]
--     4. create function public.pick
--     5. drop function public.unnamed  [WARNING]
--     6. create function public.unnamed

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: D112 drop-function [warning]: public.pair: drops a function or procedure; callers the catalog cannot see fail at run time
DROP FUNCTION public.pair();

CREATE OR REPLACE FUNCTION public.pair(OUT low int, OUT hi int) LANGUAGE sql AS $$SELECT 1, 2$$;

-- WARNING: D112 drop-function [warning]: public.pick: drops a function or procedure; callers the catalog cannot see fail at run time
DROP FUNCTION public.pick(integer, integer);

CREATE OR REPLACE FUNCTION public.pick(a int, b int) RETURNS int LANGUAGE sql AS $$SELECT a + b$$;

-- WARNING: D112 drop-function [warning]: public.unnamed: drops a function or procedure; callers the catalog cannot see fail at run time
DROP FUNCTION public.unnamed(integer);

CREATE OR REPLACE FUNCTION public.unnamed(n int) RETURNS int LANGUAGE sql AS $$SELECT n$$;

COMMIT;


-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 4 statement(s), 1 with warnings
--     1. drop rule r on public.t
--     2. drop function public.f  [WARNING]
--     3. create function public.f
--     4. create rule r on public.t

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP RULE r ON public.t;

-- WARNING: D112 drop-function [warning]: public.f: drops a function or procedure; callers the catalog cannot see fail at run time
DROP FUNCTION public.f(integer);

CREATE OR REPLACE FUNCTION public.f(x int) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT (x + 2)::bigint $$;

CREATE RULE r AS ON INSERT TO public.t WHERE f(new.a) > 3 DO ALSO INSERT INTO log VALUES (f(new.a));

COMMIT;


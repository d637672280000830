-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 4 statement(s), 0 with warnings
--     1. undo: create rule r on public.t
--     2. undo: create function public.f
--     3. undo: drop function public.f
--     4. undo: drop rule r on public.t

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP RULE r ON public.t;

DROP FUNCTION public.f(integer);

CREATE OR REPLACE FUNCTION public.f(x int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT x + 1 $$;

CREATE RULE r AS ON INSERT TO public.t WHERE f(new.a) > 3 DO ALSO INSERT INTO log VALUES (f(new.a));

COMMIT;


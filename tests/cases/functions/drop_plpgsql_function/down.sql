-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 0 with warnings
--     1. undo: drop function public.fib

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE OR REPLACE FUNCTION public.fib(n int) RETURNS bigint LANGUAGE plpgsql IMMUTABLE RETURNS NULL ON NULL INPUT AS $$
DECLARE a bigint := 0; b bigint := 1; t bigint;
BEGIN
    FOR i IN 1..n LOOP t := a + b; a := b; b := t; END LOOP;
    RETURN a;
END;
$$;

COMMIT;


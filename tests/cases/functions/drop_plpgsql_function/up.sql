-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 0 with warnings
--     1. drop function public.fib

SET check_function_bodies = false;
SET lock_timeout = '10s';

BEGIN;

DROP FUNCTION public.fib(integer);

COMMIT;


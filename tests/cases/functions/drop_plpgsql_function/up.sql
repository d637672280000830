-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 1 with warnings
--     1. drop function public.fib  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: D112 drop-function [warning]: public.fib: drops a function or procedure; callers the catalog cannot see fail at run time
DROP FUNCTION public.fib(integer);

COMMIT;


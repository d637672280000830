-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 1 with warnings
--     1. drop function public.user_count  [WARNING]
--     2. create function public.user_count

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: D112 drop-function [warning]: public.user_count: drops a function or procedure; callers the catalog cannot see fail at run time
DROP FUNCTION public.user_count();

CREATE OR REPLACE FUNCTION public.user_count() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT 42::bigint $$;

COMMIT;


-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. drop function public.user_count
--     2. create function public.user_count

SET check_function_bodies = false;
SET lock_timeout = '10s';

BEGIN;

DROP FUNCTION public.user_count();

CREATE OR REPLACE FUNCTION public.user_count() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT 42::bigint $$;

COMMIT;


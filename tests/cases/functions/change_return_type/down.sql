-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. undo: create function public.user_count
--     2. undo: drop function public.user_count

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP FUNCTION public.user_count();

CREATE OR REPLACE FUNCTION public.user_count() RETURNS int LANGUAGE sql STABLE AS $$ SELECT 42 $$;

COMMIT;


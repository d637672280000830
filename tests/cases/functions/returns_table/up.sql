-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 0 with warnings
--     1. create function public.users_like

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE OR REPLACE FUNCTION public.users_like(pattern text) RETURNS TABLE (user_id int, user_email text) LANGUAGE sql STABLE AS $$ SELECT id, email FROM public.users WHERE email LIKE pattern $$;

COMMIT;


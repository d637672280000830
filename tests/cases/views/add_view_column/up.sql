-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. drop view public.user_list
--     2. create view public.user_list

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP VIEW public.user_list;

CREATE VIEW public.user_list AS SELECT id, email, name FROM public.users;

COMMIT;


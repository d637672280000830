-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. undo: create view public.user_list
--     2. undo: drop view public.user_list

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP VIEW public.user_list;

CREATE VIEW public.user_list AS SELECT id, email FROM public.users;

COMMIT;


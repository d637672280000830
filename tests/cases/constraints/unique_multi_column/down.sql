-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 0 with warnings
--     1. undo: add constraint memberships_user_group_key on public.memberships

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER TABLE public.memberships DROP CONSTRAINT memberships_user_group_key;

COMMIT;


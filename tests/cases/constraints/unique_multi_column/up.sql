-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 0 with warnings
--     1. add constraint memberships_user_group_key on public.memberships

SET check_function_bodies = false;
SET lock_timeout = '10s';

BEGIN;

ALTER TABLE public.memberships ADD CONSTRAINT memberships_user_group_key UNIQUE (user_id, group_id) DEFERRABLE;

COMMIT;


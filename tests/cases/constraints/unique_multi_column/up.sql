-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 1 with warnings
--     1. add constraint memberships_user_group_key on public.memberships  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';

BEGIN;

-- WARNING: L109 add-unique-constraint-without-index [error; ACCESS EXCLUSIVE; index build]: memberships_user_group_key on public.memberships: builds a unique index while the table is locked and fails on duplicates
ALTER TABLE public.memberships ADD CONSTRAINT memberships_user_group_key UNIQUE (user_id, group_id) DEFERRABLE;

COMMIT;


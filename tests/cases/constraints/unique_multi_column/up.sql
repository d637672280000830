-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 1 with warnings
--     1. add constraint memberships_user_group_key on public.memberships  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

-- WARNING: C110 unique-index-data-dependent [warning; index build]: memberships_user_group_key on public.memberships: a new unique index fails on duplicates already in the table
CREATE UNIQUE INDEX CONCURRENTLY memberships_user_group_key ON public.memberships (user_id, group_id);

BEGIN;

ALTER TABLE public.memberships ADD CONSTRAINT memberships_user_group_key UNIQUE USING INDEX memberships_user_group_key DEFERRABLE;

COMMIT;


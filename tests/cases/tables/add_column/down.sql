-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 2 with warnings
--     1. undo: add column public.users.nickname  [WARNING]
--     2. undo: add column public.users.created_at  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: D102 drop-column [error; ACCESS EXCLUSIVE; data loss]: public.users.nickname: drops the column and its data; the reverse restores the column empty
ALTER TABLE public.users DROP COLUMN nickname;

-- WARNING: D102 drop-column [error; ACCESS EXCLUSIVE; data loss]: public.users.created_at: drops the column and its data; the reverse restores the column empty
ALTER TABLE public.users DROP COLUMN created_at;

COMMIT;


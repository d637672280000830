-- pgmorph:from sha256:f763b2204cbaf6efc254e8224cf25f166f95206b61ea35ce77300c9a4c28b183
-- pgmorph:to sha256:d00bda34f288bcb275920b27c4870df74e7b2aa216ad6f655536aafc8c6583ef
-- pgmorph down migration 0001_add_nickname
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 3 with warnings
--     1. undo: drop column public.accounts.legacy_code  [WARNING]
--     2. undo: create index public.accounts_email_idx  [WARNING]
--     3. undo: add column public.accounts.nickname  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: re-adds public.accounts.legacy_code without its data
ALTER TABLE public.accounts ADD COLUMN legacy_code integer;

COMMIT;

-- runs outside any transaction block
-- WARNING: D114 drop-index [warning]: public.accounts_email_idx: queries that used the index lose it (it is dropped CONCURRENTLY: no lock is held)
DROP INDEX CONCURRENTLY public.accounts_email_idx;

BEGIN;

-- WARNING: D102 drop-column [error; ACCESS EXCLUSIVE; data loss]: public.accounts.nickname: drops the column and its data; the reverse restores the column empty
ALTER TABLE public.accounts DROP COLUMN nickname;

COMMIT;


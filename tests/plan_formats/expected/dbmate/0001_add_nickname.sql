-- migrate:up transaction:false
-- pgmorph:from sha256:f763b2204cbaf6efc254e8224cf25f166f95206b61ea35ce77300c9a4c28b183
-- pgmorph:to sha256:d00bda34f288bcb275920b27c4870df74e7b2aa216ad6f655536aafc8c6583ef
-- pgmorph up migration 0001_add_nickname
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 1 with warnings
--     1. add column public.accounts.nickname
--     2. create index public.accounts_email_idx
--     3. drop column public.accounts.legacy_code  [WARNING]
-- dbmate sends this section as one query string: PostgreSQL runs a step that must be outside a transaction only when it is the section's one statement

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER TABLE public.accounts ADD COLUMN nickname text;

COMMIT;

-- runs outside any transaction block
CREATE INDEX CONCURRENTLY accounts_email_idx ON public.accounts USING btree (email);

BEGIN;

-- WARNING: D102 drop-column [error; ACCESS EXCLUSIVE; data loss]: public.accounts.legacy_code: drops the column and its data; the reverse restores the column empty
-- WARNING: down.sql re-adds public.accounts.legacy_code without its data
-- PROBE (rows affected): values in public.accounts.legacy_code (the drop destroys them)
--   SELECT count(*) FROM public.accounts WHERE legacy_code IS NOT NULL
ALTER TABLE public.accounts DROP COLUMN legacy_code;

COMMIT;

-- migrate:down transaction:false
-- pgmorph:from sha256:f763b2204cbaf6efc254e8224cf25f166f95206b61ea35ce77300c9a4c28b183
-- pgmorph:to sha256:d00bda34f288bcb275920b27c4870df74e7b2aa216ad6f655536aafc8c6583ef
-- pgmorph down migration 0001_add_nickname
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 3 with warnings
--     1. undo: drop column public.accounts.legacy_code  [WARNING]
--     2. undo: create index public.accounts_email_idx  [WARNING]
--     3. undo: add column public.accounts.nickname  [WARNING]
-- dbmate sends this section as one query string: PostgreSQL runs a step that must be outside a transaction only when it is the section's one statement

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


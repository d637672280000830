-- pgmorph:from sha256:f763b2204cbaf6efc254e8224cf25f166f95206b61ea35ce77300c9a4c28b183
-- pgmorph:to sha256:d00bda34f288bcb275920b27c4870df74e7b2aa216ad6f655536aafc8c6583ef
-- pgmorph up migration 0001_add_nickname
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 1 with warnings
--     1. add column public.accounts.nickname
--     2. create index public.accounts_email_idx
--     3. drop column public.accounts.legacy_code  [WARNING]
-- golang-migrate: run with x-multi-statement=true in the database URL when a step runs outside a transaction block

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


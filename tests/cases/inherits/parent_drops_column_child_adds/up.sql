-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 2 with warnings
--     1. drop column public.a.a2  [WARNING]
--     2. drop column public.timestamp_base.e  [WARNING]
--     3. add column public.a.e

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: D102 drop-column [error; ACCESS EXCLUSIVE; data loss]: public.a.a2: drops the column and its data; the reverse restores the column empty
-- WARNING: down.sql re-adds public.a.a2 without its data
ALTER TABLE public.a DROP COLUMN a2;

-- WARNING: D102 drop-column [error; ACCESS EXCLUSIVE; data loss]: public.timestamp_base.e: drops the column and its data; the reverse restores the column empty
-- WARNING: down.sql re-adds public.timestamp_base.e without its data
ALTER TABLE public.timestamp_base DROP COLUMN e;

ALTER TABLE public.a ADD COLUMN e integer;

COMMIT;


-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 3 with warnings
--     1. undo: add column public.a.e  [WARNING]
--     2. undo: drop column public.timestamp_base.e  [WARNING]
--     3. undo: drop column public.a.a2  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: D102 drop-column [error; ACCESS EXCLUSIVE; data loss]: public.a.e: drops the column and its data; the reverse restores the column empty
ALTER TABLE public.a DROP COLUMN e;

-- WARNING: re-adds public.timestamp_base.e without its data
ALTER TABLE public.timestamp_base ADD COLUMN e integer;

-- WARNING: re-adds public.a.a2 without its data
ALTER TABLE public.a ADD COLUMN a2 integer;

COMMIT;


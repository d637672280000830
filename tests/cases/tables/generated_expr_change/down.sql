-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 2 with warnings
--     1. undo: add column public.people.full_name  [WARNING]
--     2. undo: drop column public.people.full_name  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: D102 drop-column [error; ACCESS EXCLUSIVE; data loss]: public.people.full_name: drops the column and its data; the reverse restores the column empty
ALTER TABLE public.people DROP COLUMN full_name;

-- WARNING: re-adds public.people.full_name without its data
ALTER TABLE public.people ADD COLUMN full_name text GENERATED ALWAYS AS ((first_name || ' ') || last_name) STORED;

COMMIT;


-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 1 with warnings
--     1. undo: replace rule keep on public.jobs
--     2. undo: add column public.jobs.priority  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE OR REPLACE RULE keep AS ON DELETE TO public.jobs DO INSTEAD NOTHING;

-- WARNING: D102 drop-column [error; ACCESS EXCLUSIVE; data loss]: public.jobs.priority: drops the column and its data; the reverse restores the column empty
ALTER TABLE public.jobs DROP COLUMN priority;

COMMIT;


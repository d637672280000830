-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 4 statement(s), 2 with warnings
--     1. undo: create rule announce on public.jobs
--     2. undo: add column public.jobs.priority  [WARNING]
--     3. undo: change type of public.jobs.id  [WARNING]
--     4. undo: drop rule announce on public.jobs

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP RULE announce ON public.jobs;

-- WARNING: D102 drop-column [error; ACCESS EXCLUSIVE; data loss]: public.jobs.priority: drops the column and its data; the reverse restores the column empty
ALTER TABLE public.jobs DROP COLUMN priority;

-- WARNING: L113 column-type-change-rewrite [error; ACCESS EXCLUSIVE; rewrite]: public.jobs.id: bigint -> integer: rewrites the table and its indexes; values that do not convert or fit make it fail
ALTER TABLE public.jobs ALTER COLUMN id TYPE integer;

CREATE RULE announce AS ON INSERT TO public.jobs DO ALSO NOTIFY jobs_new;

COMMIT;


-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 4 statement(s), 1 with warnings
--     1. drop rule announce on public.jobs
--     2. change type of public.jobs.id  [WARNING]
--     3. add column public.jobs.priority
--     4. create rule announce on public.jobs

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP RULE announce ON public.jobs;

-- WARNING: L113 column-type-change-rewrite [error; ACCESS EXCLUSIVE; rewrite]: public.jobs.id: integer -> bigint: rewrites the table and its indexes; values that do not convert or fit make it fail
ALTER TABLE public.jobs ALTER COLUMN id TYPE bigint;

ALTER TABLE public.jobs ADD COLUMN priority integer;

CREATE RULE announce AS ON INSERT TO public.jobs WHERE new.id > 0 DO ALSO DELETE FROM jobs WHERE payload IS NULL;

COMMIT;


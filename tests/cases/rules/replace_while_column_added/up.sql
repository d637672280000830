-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. add column public.jobs.priority
--     2. replace rule keep on public.jobs

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER TABLE public.jobs ADD COLUMN priority integer;

CREATE OR REPLACE RULE keep AS ON DELETE TO public.jobs DO ALSO NOTIFY jobs_gone;

COMMIT;


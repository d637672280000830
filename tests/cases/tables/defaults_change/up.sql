-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 4 statement(s), 0 with warnings
--     1. drop default of public.tasks.status
--     2. set default of public.tasks.status
--     3. set default of public.tasks.priority
--     4. drop default of public.tasks.created_at

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER TABLE public.tasks ALTER COLUMN status DROP DEFAULT;

ALTER TABLE public.tasks ALTER COLUMN status SET DEFAULT 'open'::text;

ALTER TABLE public.tasks ALTER COLUMN priority SET DEFAULT 3;

ALTER TABLE public.tasks ALTER COLUMN created_at DROP DEFAULT;

COMMIT;


-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 4 statement(s), 0 with warnings
--     1. undo: drop default of public.tasks.created_at
--     2. undo: set default of public.tasks.priority
--     3. undo: set default of public.tasks.status
--     4. undo: drop default of public.tasks.status

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER TABLE public.tasks ALTER COLUMN created_at SET DEFAULT now();

ALTER TABLE public.tasks ALTER COLUMN priority DROP DEFAULT;

ALTER TABLE public.tasks ALTER COLUMN status DROP DEFAULT;

ALTER TABLE public.tasks ALTER COLUMN status SET DEFAULT 'new'::text;

COMMIT;


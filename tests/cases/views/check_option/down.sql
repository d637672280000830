-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. undo: create view public.open_tasks
--     2. undo: drop view public.open_tasks

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP VIEW public.open_tasks;

CREATE VIEW public.open_tasks AS SELECT id, done FROM public.tasks WHERE NOT done;

COMMIT;


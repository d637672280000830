-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 0 with warnings
--     1. undo: create function public.purge_done_jobs

SET check_function_bodies = false;
SET lock_timeout = '10s';

BEGIN;

DROP PROCEDURE public.purge_done_jobs();

COMMIT;


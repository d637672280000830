-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. undo: attach public.logs_2023 as a partition of public.logs
--     2. undo: set not null of public.logs_2023.created_at

SET check_function_bodies = false;
SET lock_timeout = '10s';

BEGIN;

ALTER TABLE public.logs DETACH PARTITION public.logs_2023;

ALTER TABLE public.logs_2023 ALTER COLUMN created_at DROP NOT NULL;

COMMIT;


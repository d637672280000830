-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 2 with warnings
--     1. undo: attach public.logs_2023 as a partition of public.logs  [WARNING]
--     2. undo: set not null of public.logs_2023.created_at  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: L118 detach-partition-non-concurrent [warning; ACCESS EXCLUSIVE]: public.logs_2023: DETACH PARTITION holds ACCESS EXCLUSIVE on the parent and the partition
ALTER TABLE public.logs DETACH PARTITION public.logs_2023;

-- WARNING: C106 drop-not-null [warning; ACCESS EXCLUSIVE]: public.logs_2023.created_at: readers and code that assumed a value meet NULLs
ALTER TABLE public.logs_2023 ALTER COLUMN created_at DROP NOT NULL;

COMMIT;


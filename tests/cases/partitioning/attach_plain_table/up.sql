-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 1 with warnings
--     1. set not null of public.logs_2023.created_at  [WARNING]
--     2. attach public.logs_2023 as a partition of public.logs

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: C116 not-null-data-dependent [warning; scan]: public.logs_2023.created_at: the CHECK that makes SET NOT NULL online is validated by a scan (no write lock) and fails when the column holds NULLs
ALTER TABLE public.logs_2023 ADD CONSTRAINT logs_2023_created_at_not_null CHECK (created_at IS NOT NULL) NOT VALID;

COMMIT;

BEGIN;

ALTER TABLE public.logs_2023 VALIDATE CONSTRAINT logs_2023_created_at_not_null;

COMMIT;

BEGIN;

ALTER TABLE public.logs_2023 ALTER COLUMN created_at SET NOT NULL;

ALTER TABLE public.logs_2023 DROP CONSTRAINT logs_2023_created_at_not_null;

ALTER TABLE public.logs ATTACH PARTITION public.logs_2023 FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');

COMMIT;


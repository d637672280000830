-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. set not null of public.logs_2023.created_at
--     2. attach public.logs_2023 as a partition of public.logs

SET check_function_bodies = false;
SET lock_timeout = '10s';

BEGIN;

ALTER TABLE public.logs_2023 ALTER COLUMN created_at SET NOT NULL;

ALTER TABLE public.logs ATTACH PARTITION public.logs_2023 FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');

COMMIT;


-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 1 with warnings
--     1. detach partition public.c from public.a  [WARNING]
--     2. attach public.c as a partition of public.b

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: L118 detach-partition-non-concurrent [warning; ACCESS EXCLUSIVE]: public.c: DETACH PARTITION holds ACCESS EXCLUSIVE on the parent and the partition
ALTER TABLE public.a DETACH PARTITION public.c;

ALTER TABLE public.b ATTACH PARTITION public.c FOR VALUES IN (1);

COMMIT;


-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 1 with warnings
--     1. undo: attach public.c as a partition of public.b  [WARNING]
--     2. undo: detach partition public.c from public.a

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: L118 detach-partition-non-concurrent [warning; ACCESS EXCLUSIVE]: public.c: DETACH PARTITION holds ACCESS EXCLUSIVE on the parent and the partition
ALTER TABLE public.b DETACH PARTITION public.c;

ALTER TABLE public.a ATTACH PARTITION public.c FOR VALUES IN (1);

COMMIT;


-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 1 with warnings
--     1. detach partition public.orders_us from public.orders  [WARNING]
--     2. attach public.orders_us as a partition of public.orders

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: L118 detach-partition-non-concurrent [warning; ACCESS EXCLUSIVE]: public.orders_us: DETACH PARTITION holds ACCESS EXCLUSIVE on the parent and the partition
ALTER TABLE public.orders DETACH PARTITION public.orders_us;

ALTER TABLE public.orders ATTACH PARTITION public.orders_us FOR VALUES IN ('US', 'CA');

COMMIT;


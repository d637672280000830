-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 1 with warnings
--     1. detach partition public.measurement_y2006m03 from public.measurement  [WARNING]
--     2. add column public.measurement.extra
--     3. create table public.measurement_y2005m02

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: L118 detach-partition-non-concurrent [warning; ACCESS EXCLUSIVE]: public.measurement_y2006m03: DETACH PARTITION holds ACCESS EXCLUSIVE on the parent and the partition
ALTER TABLE public.measurement DETACH PARTITION public.measurement_y2006m03;

ALTER TABLE public.measurement ADD COLUMN extra text;

CREATE TABLE public.measurement_y2005m02 PARTITION OF public.measurement FOR VALUES FROM ('2005-02-01') TO ('2005-03-01');

COMMIT;


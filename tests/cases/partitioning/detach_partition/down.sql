-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 2 with warnings
--     1. undo: create table public.measurement_y2005m02  [WARNING]
--     2. undo: add column public.measurement.extra  [WARNING]
--     3. undo: detach partition public.measurement_y2006m03 from public.measurement

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.measurement_y2005m02: drops the table and all its rows; the reverse restores the structure, not the rows
DROP TABLE public.measurement_y2005m02;

-- WARNING: D102 drop-column [error; ACCESS EXCLUSIVE; data loss]: public.measurement.extra: drops the column and its data; the reverse restores the column empty
ALTER TABLE public.measurement DROP COLUMN extra;

ALTER TABLE public.measurement ATTACH PARTITION public.measurement_y2006m03 FOR VALUES FROM ('2006-03-01') TO ('2006-04-01');

COMMIT;


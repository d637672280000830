-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 1 with warnings
--     1. undo: create view public.metric_totals
--     2. undo: create index public.metrics_value_idx
--     3. undo: create table public.metrics  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP MATERIALIZED VIEW public.metric_totals;

DROP INDEX public.metrics_value_idx;

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.metrics: drops the table and all its rows; the reverse restores the structure, not the rows
DROP TABLE public.metrics;

COMMIT;


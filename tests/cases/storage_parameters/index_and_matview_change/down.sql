-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 4 statement(s), 1 with warnings
--     1. undo: create view public.metric_totals
--     2. undo: create index public.metrics_value_idx  [WARNING]
--     3. undo: drop index public.metrics_value_idx
--     4. undo: drop view public.metric_totals

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP MATERIALIZED VIEW public.metric_totals;

COMMIT;

-- WARNING: D114 drop-index [warning]: public.metrics_value_idx: queries that used the index lose it (it is dropped CONCURRENTLY: no lock is held)
DROP INDEX CONCURRENTLY public.metrics_value_idx;

CREATE INDEX CONCURRENTLY metrics_value_idx ON public.metrics USING btree (value) WITH (fillfactor='70', deduplicate_items='off');

BEGIN;

CREATE MATERIALIZED VIEW public.metric_totals WITH (fillfactor=60, autovacuum_enabled=false) AS SELECT count(*) AS n FROM metrics;

COMMIT;


-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 0 with warnings
--     1. drop view public.metric_totals
--     2. create view public.metric_totals
--     3. replace index public.metrics_value_idx (build the new one, then drop the old)

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP MATERIALIZED VIEW public.metric_totals;

CREATE MATERIALIZED VIEW public.metric_totals WITH (autovacuum_enabled=true) AS SELECT count(*) AS n FROM metrics;

COMMIT;

CREATE INDEX CONCURRENTLY metrics_value_idx_pgmorph_new ON public.metrics USING btree (value) WITH (fillfactor='90');

DROP INDEX CONCURRENTLY public.metrics_value_idx;

BEGIN;

ALTER INDEX public.metrics_value_idx_pgmorph_new RENAME TO metrics_value_idx;

COMMIT;


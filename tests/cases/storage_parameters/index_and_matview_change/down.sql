-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 0 with warnings
--     1. undo: replace index public.metrics_value_idx (build the new one, then drop the old)
--     2. undo: create view public.metric_totals
--     3. undo: drop view public.metric_totals

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

CREATE INDEX CONCURRENTLY metrics_value_idx_pgmorph_new ON public.metrics USING btree (value) WITH (fillfactor='70', deduplicate_items='off');

DROP INDEX CONCURRENTLY public.metrics_value_idx;

BEGIN;

ALTER INDEX public.metrics_value_idx_pgmorph_new RENAME TO metrics_value_idx;

DROP MATERIALIZED VIEW public.metric_totals;

CREATE MATERIALIZED VIEW public.metric_totals WITH (fillfactor=60, autovacuum_enabled=false) AS SELECT count(*) AS n FROM metrics;

COMMIT;


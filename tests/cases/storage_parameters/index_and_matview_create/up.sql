-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 0 with warnings
--     1. create table public.metrics
--     2. create index public.metrics_value_idx
--     3. create view public.metric_totals

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE TABLE public.metrics (
    id bigint NOT NULL,
    value numeric,
    CONSTRAINT metrics_pkey PRIMARY KEY (id)
);

CREATE INDEX metrics_value_idx ON public.metrics USING btree (value) WITH (fillfactor='70', deduplicate_items='off');

CREATE MATERIALIZED VIEW public.metric_totals WITH (fillfactor=60, autovacuum_enabled=false) AS SELECT count(*) AS n FROM metrics;

COMMIT;


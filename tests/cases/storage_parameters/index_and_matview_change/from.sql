CREATE TABLE metrics (id bigint PRIMARY KEY, value numeric);
CREATE INDEX metrics_value_idx ON metrics (value) WITH (fillfactor = 70, deduplicate_items = off);
CREATE MATERIALIZED VIEW metric_totals WITH (fillfactor = 60, autovacuum_enabled = false) AS
    SELECT count(*) AS n FROM metrics;

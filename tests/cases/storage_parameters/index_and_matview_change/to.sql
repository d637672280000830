CREATE TABLE metrics (id bigint PRIMARY KEY, value numeric);
CREATE INDEX metrics_value_idx ON metrics (value) WITH (fillfactor = 90);
CREATE MATERIALIZED VIEW metric_totals WITH (autovacuum_enabled = true) AS
    SELECT count(*) AS n FROM metrics;

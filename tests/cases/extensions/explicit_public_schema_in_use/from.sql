CREATE EXTENSION pg_trgm; CREATE TABLE t (a text); CREATE INDEX ON t USING gin (a gin_trgm_ops);

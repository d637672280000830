CREATE EXTENSION pg_trgm WITH SCHEMA public; CREATE TABLE t (a text, b text); CREATE INDEX ON t USING gin (a gin_trgm_ops);

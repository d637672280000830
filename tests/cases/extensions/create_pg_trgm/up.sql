-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. create extension pg_trgm
--     2. create index public.people_name_trgm_idx

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE EXTENSION pg_trgm;

COMMIT;

CREATE INDEX CONCURRENTLY people_name_trgm_idx ON public.people USING gin (name gin_trgm_ops);


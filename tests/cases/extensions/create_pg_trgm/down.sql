-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 1 with warnings
--     1. undo: create index public.people_name_trgm_idx  [WARNING]
--     2. undo: create extension pg_trgm

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

-- WARNING: D114 drop-index [warning]: public.people_name_trgm_idx: queries that used the index lose it (it is dropped CONCURRENTLY: no lock is held)
DROP INDEX CONCURRENTLY public.people_name_trgm_idx;

BEGIN;

DROP EXTENSION pg_trgm;

COMMIT;


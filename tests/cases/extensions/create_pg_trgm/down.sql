-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. undo: create index public.people_name_trgm_idx
--     2. undo: create extension pg_trgm

SET check_function_bodies = false;
SET lock_timeout = '10s';

DROP INDEX CONCURRENTLY public.people_name_trgm_idx;

BEGIN;

DROP EXTENSION pg_trgm;

COMMIT;


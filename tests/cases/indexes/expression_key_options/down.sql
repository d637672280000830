-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 5 statement(s), 4 with warnings
--     1. undo: create index public.versions_search  [WARNING]
--     2. undo: create index public.versions_latest  [WARNING]
--     3. undo: create index public.versions_collate  [WARNING]
--     4. undo: create index public.versions_asc  [WARNING]
--     5. undo: add constraint versions_one_lower on public.versions

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

-- WARNING: D114 drop-index [warning]: public.versions_search: queries that used the index lose it (it is dropped CONCURRENTLY: no lock is held)
DROP INDEX CONCURRENTLY public.versions_search;

-- WARNING: D114 drop-index [warning]: public.versions_latest: queries that used the index lose it (it is dropped CONCURRENTLY: no lock is held)
DROP INDEX CONCURRENTLY public.versions_latest;

-- WARNING: D114 drop-index [warning]: public.versions_collate: queries that used the index lose it (it is dropped CONCURRENTLY: no lock is held)
DROP INDEX CONCURRENTLY public.versions_collate;

-- WARNING: D114 drop-index [warning]: public.versions_asc: queries that used the index lose it (it is dropped CONCURRENTLY: no lock is held)
DROP INDEX CONCURRENTLY public.versions_asc;

BEGIN;

ALTER TABLE public.versions DROP CONSTRAINT versions_one_lower;

COMMIT;


-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 4 statement(s), 2 with warnings
--     1. undo: create index public.versions_semver  [WARNING]
--     2. undo: create table public.releases  [WARNING]
--     3. undo: create function public.to_semver
--     4. undo: create type public.semver_triple

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

-- WARNING: D114 drop-index [warning]: public.versions_semver: queries that used the index lose it (it is dropped CONCURRENTLY: no lock is held)
DROP INDEX CONCURRENTLY public.versions_semver;

BEGIN;

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.releases: drops the table and all its rows; the reverse restores the structure, not the rows
DROP TABLE public.releases;

DROP FUNCTION public.to_semver(text);

DROP TYPE public.semver_triple;

COMMIT;


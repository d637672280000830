-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 2 with warnings
--     1. undo: create index public.files_path_prefix_idx  [WARNING]
--     2. undo: create index public.files_name_prefix_idx  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

-- WARNING: D114 drop-index [warning]: public.files_path_prefix_idx: queries that used the index lose it (it is dropped CONCURRENTLY: no lock is held)
DROP INDEX CONCURRENTLY public.files_path_prefix_idx;

-- WARNING: D114 drop-index [warning]: public.files_name_prefix_idx: queries that used the index lose it (it is dropped CONCURRENTLY: no lock is held)
DROP INDEX CONCURRENTLY public.files_name_prefix_idx;


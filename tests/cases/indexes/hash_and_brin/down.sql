-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 2 with warnings
--     1. undo: create index public.logs_request_id_idx  [WARNING]
--     2. undo: create index public.logs_logged_at_brin  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

-- WARNING: D114 drop-index [warning]: public.logs_request_id_idx: queries that used the index lose it (it is dropped CONCURRENTLY: no lock is held)
DROP INDEX CONCURRENTLY public.logs_request_id_idx;

-- WARNING: D114 drop-index [warning]: public.logs_logged_at_brin: queries that used the index lose it (it is dropped CONCURRENTLY: no lock is held)
DROP INDEX CONCURRENTLY public.logs_logged_at_brin;


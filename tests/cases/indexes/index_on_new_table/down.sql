-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 1 with warnings
--     1. undo: create index public.sessions_user_id_idx
--     2. undo: create table public.sessions  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP INDEX public.sessions_user_id_idx;

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.sessions: drops the table and all its rows; the reverse restores the structure, not the rows
DROP TABLE public.sessions;

COMMIT;


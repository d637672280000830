-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 2 with warnings
--     1. undo: drop table public.logs_2024_01  [WARNING]
--     2. undo: create table public.logs_2024_03  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: recreates the structure of public.logs_2024_01, not its rows
CREATE TABLE public.logs_2024_01 PARTITION OF public.logs FOR VALUES FROM ('2024-01-01') TO ('2024-02-01');

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.logs_2024_03: drops the table and all its rows; the reverse restores the structure, not the rows
DROP TABLE public.logs_2024_03;

COMMIT;


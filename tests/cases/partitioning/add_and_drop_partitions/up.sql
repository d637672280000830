-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 1 with warnings
--     1. create table public.logs_2024_03
--     2. drop table public.logs_2024_01  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE TABLE public.logs_2024_03 PARTITION OF public.logs FOR VALUES FROM ('2024-03-01') TO ('2024-04-01');

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.logs_2024_01: drops the table and all its rows; the reverse restores the structure, not the rows
-- WARNING: down.sql recreates the structure of public.logs_2024_01, not its rows
DROP TABLE public.logs_2024_01;

COMMIT;


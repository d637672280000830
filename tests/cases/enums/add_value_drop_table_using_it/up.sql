-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 1 with warnings
--     1. drop table public.feelings  [WARNING]
--     2. add values to type public.mood

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.feelings: drops the table and all its rows; the reverse restores the structure, not the rows
-- WARNING: down.sql recreates the structure of public.feelings, not its rows
DROP TABLE public.feelings;

COMMIT;

ALTER TYPE public.mood ADD VALUE 'sad' BEFORE 'ok';


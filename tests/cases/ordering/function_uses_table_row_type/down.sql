-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 1 with warnings
--     1. undo: create function public.f
--     2. undo: create table public.u  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP FUNCTION public.f(public.u);

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.u: drops the table and all its rows; the reverse restores the structure, not the rows
DROP TABLE public.u;

COMMIT;


-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 1 with warnings
--     1. undo: create table public.spans  [WARNING]
--     2. undo: create type public.floatrange
--     3. undo: drop type public.floatrange

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.spans: drops the table and all its rows; the reverse restores the structure, not the rows
DROP TABLE public.spans;

DROP TYPE public.floatrange;

CREATE TYPE public.floatrange AS RANGE (SUBTYPE = double precision);

COMMENT ON TYPE public.floatrange IS 'any span of floats';

COMMIT;


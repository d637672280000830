-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 4 statement(s), 2 with warnings
--     1. change type of public.counters.id  [WARNING]
--     2. drop default of public.counters.hits
--     3. change type of public.counters.hits  [WARNING]
--     4. set default of public.counters.hits

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: L113 column-type-change-rewrite [error; ACCESS EXCLUSIVE; rewrite]: public.counters.id: integer -> bigint: rewrites the table and its indexes; values that do not convert or fit make it fail
ALTER TABLE public.counters ALTER COLUMN id TYPE bigint;

ALTER TABLE public.counters ALTER COLUMN hits DROP DEFAULT;

-- WARNING: L113 column-type-change-rewrite [error; ACCESS EXCLUSIVE; rewrite]: public.counters.hits: integer -> bigint: rewrites the table and its indexes; values that do not convert or fit make it fail
ALTER TABLE public.counters ALTER COLUMN hits TYPE bigint;

ALTER TABLE public.counters ALTER COLUMN hits SET DEFAULT 0;

COMMIT;


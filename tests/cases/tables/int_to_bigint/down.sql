-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 4 statement(s), 2 with warnings
--     1. undo: set default of public.counters.hits
--     2. undo: change type of public.counters.hits  [WARNING]
--     3. undo: drop default of public.counters.hits
--     4. undo: change type of public.counters.id  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER TABLE public.counters ALTER COLUMN hits DROP DEFAULT;

-- WARNING: L113 column-type-change-rewrite [error; ACCESS EXCLUSIVE; rewrite]: public.counters.hits: bigint -> integer: rewrites the table and its indexes; values that do not convert or fit make it fail
ALTER TABLE public.counters ALTER COLUMN hits TYPE integer;

ALTER TABLE public.counters ALTER COLUMN hits SET DEFAULT 0;

-- WARNING: L113 column-type-change-rewrite [error; ACCESS EXCLUSIVE; rewrite]: public.counters.id: bigint -> integer: rewrites the table and its indexes; values that do not convert or fit make it fail
ALTER TABLE public.counters ALTER COLUMN id TYPE integer;

COMMIT;


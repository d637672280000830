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

BEGIN;

-- WARNING: L113 column-type-change-rewrite: public.counters.id: integer -> bigint: changes a column type: may rewrite the table under ACCESS EXCLUSIVE and may truncate or reject values
ALTER TABLE public.counters ALTER COLUMN id TYPE bigint;

ALTER TABLE public.counters ALTER COLUMN hits DROP DEFAULT;

-- WARNING: L113 column-type-change-rewrite: public.counters.hits: integer -> bigint: changes a column type: may rewrite the table under ACCESS EXCLUSIVE and may truncate or reject values
ALTER TABLE public.counters ALTER COLUMN hits TYPE bigint;

ALTER TABLE public.counters ALTER COLUMN hits SET DEFAULT 0;

COMMIT;


-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 5 statement(s), 3 with warnings
--     1. undo: create index public.logs_message  [WARNING]
--     2. undo: add constraint logs_pkey on public.logs
--     3. undo: add constraint logs_level on public.logs
--     4. undo: add column public.logs.message  [WARNING]
--     5. undo: change type of public.logs.level  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: D114 drop-index [warning]: public.logs_message: queries that used the index lose it (it is dropped CONCURRENTLY: no lock is held)
DROP INDEX public.logs_message;

ALTER TABLE public.logs DROP CONSTRAINT logs_pkey;

ALTER TABLE public.logs DROP CONSTRAINT logs_level;

-- WARNING: D102 drop-column [error; ACCESS EXCLUSIVE; data loss]: public.logs.message: drops the column and its data; the reverse restores the column empty
ALTER TABLE public.logs DROP COLUMN message;

-- WARNING: L113 column-type-change-rewrite [error; ACCESS EXCLUSIVE; rewrite]: public.logs.level: integer -> text: rewrites the table and its indexes; values that do not convert or fit make it fail
ALTER TABLE public.logs ALTER COLUMN level TYPE text USING level::text;

COMMIT;


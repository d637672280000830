-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 1 with warnings
--     1. change type of public.notes.body
--     2. change type of public.notes.counter  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER TABLE public.notes ALTER COLUMN body TYPE text;

ALTER TABLE public.notes ALTER COLUMN body SET STORAGE MAIN;

ALTER TABLE public.notes ALTER COLUMN body SET COMPRESSION lz4;

-- WARNING: L113 column-type-change-rewrite [error; ACCESS EXCLUSIVE; rewrite]: public.notes.counter: integer -> bigint: rewrites the table and its indexes; values that do not convert or fit make it fail
ALTER TABLE public.notes ALTER COLUMN counter TYPE bigint;

COMMIT;


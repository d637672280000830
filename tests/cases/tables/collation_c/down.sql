-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 2 with warnings
--     1. undo: add column public.codes.sort_key  [WARNING]
--     2. undo: change type of public.codes.code  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: D102 drop-column [error; ACCESS EXCLUSIVE; data loss]: public.codes.sort_key: drops the column and its data; the reverse restores the column empty
ALTER TABLE public.codes DROP COLUMN sort_key;

-- WARNING: L113 column-type-change-rewrite [error; ACCESS EXCLUSIVE; rewrite]: public.codes.code: text COLLATE "C" -> text: rewrites the table and its indexes; values that do not convert or fit make it fail
ALTER TABLE public.codes ALTER COLUMN code TYPE text;

COMMIT;


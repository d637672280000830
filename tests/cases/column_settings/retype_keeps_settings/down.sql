-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 2 with warnings
--     1. undo: change type of public.notes.counter  [WARNING]
--     2. undo: change type of public.notes.body  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: L113 column-type-change-rewrite [error; ACCESS EXCLUSIVE; rewrite]: public.notes.counter: bigint -> integer: rewrites the table and its indexes; values that do not convert or fit make it fail
ALTER TABLE public.notes ALTER COLUMN counter TYPE integer;

-- WARNING: L113 column-type-change-rewrite [error; ACCESS EXCLUSIVE; rewrite]: public.notes.body: text -> character varying(200): rewrites the table and its indexes; values that do not convert or fit make it fail
ALTER TABLE public.notes ALTER COLUMN body TYPE character varying(200);

ALTER TABLE public.notes ALTER COLUMN body SET STORAGE MAIN;

ALTER TABLE public.notes ALTER COLUMN body SET COMPRESSION lz4;

COMMIT;


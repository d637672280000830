-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 4 statement(s), 3 with warnings
--     1. drop column public.t.g  [WARNING]
--     2. change type of public.t.c  [WARNING]
--     3. add column public.t.g  [WARNING]
--     4. add column public.t.r

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: D102 drop-column [error; ACCESS EXCLUSIVE; data loss]: public.t.g: drops the column and its data; the reverse restores the column empty
-- WARNING: down.sql re-adds public.t.g without its data
ALTER TABLE public.t DROP COLUMN g;

-- WARNING: L113 column-type-change-rewrite [error; ACCESS EXCLUSIVE; rewrite]: public.t.c: text -> character varying(64): rewrites the table and its indexes; values that do not convert or fit make it fail
ALTER TABLE public.t ALTER COLUMN c TYPE character varying(64);

-- WARNING: L115 add-column-generated-stored [error; ACCESS EXCLUSIVE; rewrite]: public.t.g: a stored generated column rewrites the table
ALTER TABLE public.t ADD COLUMN g text GENERATED ALWAYS AS (upper(c)) STORED;

ALTER TABLE public.t ADD COLUMN r bigint;

COMMIT;


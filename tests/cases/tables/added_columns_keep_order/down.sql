-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 4 statement(s), 3 with warnings
--     1. undo: add column public.t.r  [WARNING]
--     2. undo: add column public.t.g  [WARNING]
--     3. undo: change type of public.t.c
--     4. undo: drop column public.t.g  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: D102 drop-column [error; ACCESS EXCLUSIVE; data loss]: public.t.r: drops the column and its data; the reverse restores the column empty
ALTER TABLE public.t DROP COLUMN r;

-- WARNING: D102 drop-column [error; ACCESS EXCLUSIVE; data loss]: public.t.g: drops the column and its data; the reverse restores the column empty
ALTER TABLE public.t DROP COLUMN g;

ALTER TABLE public.t ALTER COLUMN c TYPE text;

-- WARNING: re-adds public.t.g without its data
ALTER TABLE public.t ADD COLUMN g text GENERATED ALWAYS AS (upper(c)) STORED;

COMMIT;


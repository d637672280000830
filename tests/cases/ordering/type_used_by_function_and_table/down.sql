-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 4 statement(s), 2 with warnings
--     1. undo: add column public.shapes.size  [WARNING]
--     2. undo: add column public.shapes.kind  [WARNING]
--     3. undo: create function public.area
--     4. undo: create type public.shape_kind

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: D102 drop-column [error; ACCESS EXCLUSIVE; data loss]: public.shapes.size: drops the column and its data; the reverse restores the column empty
ALTER TABLE public.shapes DROP COLUMN size;

-- WARNING: D102 drop-column [error; ACCESS EXCLUSIVE; data loss]: public.shapes.kind: drops the column and its data; the reverse restores the column empty
ALTER TABLE public.shapes DROP COLUMN kind;

DROP FUNCTION public.area(public.shape_kind, numeric);

DROP TYPE public.shape_kind;

COMMIT;


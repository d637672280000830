-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 4 statement(s), 4 with warnings
--     1. drop column public.shapes.size  [WARNING]
--     2. drop column public.shapes.kind  [WARNING]
--     3. drop function public.area  [WARNING]
--     4. drop type public.shape_kind  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: D102 drop-column [error; ACCESS EXCLUSIVE; data loss]: public.shapes.size: drops the column and its data; the reverse restores the column empty
-- WARNING: down.sql re-adds public.shapes.size without its data
ALTER TABLE public.shapes DROP COLUMN size;

-- WARNING: D102 drop-column [error; ACCESS EXCLUSIVE; data loss]: public.shapes.kind: drops the column and its data; the reverse restores the column empty
-- WARNING: down.sql re-adds public.shapes.kind without its data
ALTER TABLE public.shapes DROP COLUMN kind;

-- WARNING: D112 drop-function [warning]: public.area: drops a function or procedure; callers the catalog cannot see fail at run time
DROP FUNCTION public.area(public.shape_kind, numeric);

-- WARNING: D111 drop-type [warning]: public.shape_kind: drops a type
DROP TYPE public.shape_kind;

COMMIT;


-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 4 statement(s), 2 with warnings
--     1. undo: drop type public.shape_kind
--     2. undo: drop function public.area
--     3. undo: drop column public.shapes.kind  [WARNING]
--     4. undo: drop column public.shapes.size  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE TYPE public.shape_kind AS ENUM ('circle', 'square');

CREATE OR REPLACE FUNCTION public.area(k public.shape_kind, s numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT CASE k WHEN 'circle' THEN pi()::numeric * s * s ELSE s * s END $$;

-- WARNING: re-adds public.shapes.kind without its data
ALTER TABLE public.shapes ADD COLUMN kind public.shape_kind NOT NULL;

-- WARNING: re-adds public.shapes.size without its data
ALTER TABLE public.shapes ADD COLUMN size numeric NOT NULL;

COMMIT;


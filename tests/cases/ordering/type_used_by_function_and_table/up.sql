-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 4 statement(s), 2 with warnings
--     1. create type public.shape_kind
--     2. create function public.area
--     3. add column public.shapes.kind  [WARNING]
--     4. add column public.shapes.size  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE TYPE public.shape_kind AS ENUM ('circle', 'square');

CREATE OR REPLACE FUNCTION public.area(k public.shape_kind, s numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT CASE k WHEN 'circle' THEN pi()::numeric * s * s ELSE s * s END $$;

-- WARNING: C105 add-required-column [error; ACCESS EXCLUSIVE]: public.shapes.kind: a NOT NULL column without a default fails on a table with rows; old INSERTs fail
ALTER TABLE public.shapes ADD COLUMN kind public.shape_kind NOT NULL;

-- WARNING: C105 add-required-column [error; ACCESS EXCLUSIVE]: public.shapes.size: a NOT NULL column without a default fails on a table with rows; old INSERTs fail
ALTER TABLE public.shapes ADD COLUMN size numeric NOT NULL;

COMMIT;


-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 4 statement(s), 2 with warnings
--     1. undo: add column public.t.m  [WARNING]
--     2. undo: add column public.t.s  [WARNING]
--     3. undo: create type public.span
--     4. undo: create type public.myrangetype

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: D102 drop-column [error; ACCESS EXCLUSIVE; data loss]: public.t.m: drops the column and its data; the reverse restores the column empty
ALTER TABLE public.t DROP COLUMN m;

-- WARNING: D102 drop-column [error; ACCESS EXCLUSIVE; data loss]: public.t.s: drops the column and its data; the reverse restores the column empty
ALTER TABLE public.t DROP COLUMN s;

DROP TYPE public.span;

DROP TYPE public.myrangetype;

COMMIT;


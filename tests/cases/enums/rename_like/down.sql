-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 1 with warnings
--     1. undo: drop type public.mood
--     2. undo: change type of public.people.mood  [WARNING]
--     3. undo: create type public.feeling

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE TYPE public.mood AS ENUM ('sad', 'ok', 'happy');

-- WARNING: L113 column-type-change-rewrite [error; ACCESS EXCLUSIVE; rewrite]: public.people.mood: public.feeling -> public.mood: rewrites the table and its indexes; values that do not convert or fit make it fail
ALTER TABLE public.people ALTER COLUMN mood TYPE public.mood USING mood::text::public.mood;

DROP TYPE public.feeling;

COMMIT;


-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 2 with warnings
--     1. create type public.feeling
--     2. change type of public.people.mood  [WARNING]
--     3. drop type public.mood  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE TYPE public.feeling AS ENUM ('sad', 'ok', 'happy');

-- WARNING: L113 column-type-change-rewrite [error; ACCESS EXCLUSIVE; rewrite]: public.people.mood: public.mood -> public.feeling: rewrites the table and its indexes; values that do not convert or fit make it fail
ALTER TABLE public.people ALTER COLUMN mood TYPE public.feeling USING mood::text::public.feeling;

-- WARNING: D111 drop-type [warning]: public.mood: drops a type
DROP TYPE public.mood;

COMMIT;


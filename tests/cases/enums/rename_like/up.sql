-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 1 with warnings
--     1. create type public.feeling
--     2. change type of public.people.mood  [WARNING]
--     3. drop type public.mood

SET check_function_bodies = false;
SET lock_timeout = '10s';

BEGIN;

CREATE TYPE public.feeling AS ENUM ('sad', 'ok', 'happy');

-- WARNING: L113 column-type-change-rewrite: public.people.mood: public.mood -> public.feeling: changes a column type: may rewrite the table under ACCESS EXCLUSIVE and may truncate or reject values
ALTER TABLE public.people ALTER COLUMN mood TYPE public.feeling USING mood::text::public.feeling;

DROP TYPE public.mood;

COMMIT;


-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 8 statement(s), 3 with warnings
--     1. drop constraint readings_raw_clamped on public.readings  [WARNING]
--     2. drop index public.readings_clamped  [WARNING]
--     3. drop default of public.readings.raw
--     4. drop function public.clamp  [WARNING]
--     5. create function public.clamp
--     6. set default of public.readings.raw
--     7. add constraint readings_raw_clamped on public.readings
--     8. create index public.readings_clamped

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: D109 drop-constraint [warning; ACCESS EXCLUSIVE]: readings_raw_clamped on public.readings: drops an integrity constraint (a foreign key also locks the referenced table)
ALTER TABLE public.readings DROP CONSTRAINT readings_raw_clamped;

COMMIT;

-- WARNING: D114 drop-index [warning]: public.readings_clamped: queries that used the index lose it (it is dropped CONCURRENTLY: no lock is held)
DROP INDEX CONCURRENTLY public.readings_clamped;

BEGIN;

ALTER TABLE public.readings ALTER COLUMN raw DROP DEFAULT;

-- WARNING: D112 drop-function [warning]: public.clamp: drops a function or procedure; callers the catalog cannot see fail at run time
DROP FUNCTION public.clamp(integer);

CREATE OR REPLACE FUNCTION public.clamp(input int) RETURNS int LANGUAGE sql IMMUTABLE AS $$SELECT greatest(input, 0)$$;

ALTER TABLE public.readings ALTER COLUMN raw SET DEFAULT clamp(-1);

ALTER TABLE public.readings ADD CONSTRAINT readings_raw_clamped CHECK (clamp(raw) < 1000) NOT VALID;

COMMIT;

BEGIN;

ALTER TABLE public.readings VALIDATE CONSTRAINT readings_raw_clamped;

COMMIT;

CREATE INDEX CONCURRENTLY readings_clamped ON public.readings USING btree (clamp(raw));


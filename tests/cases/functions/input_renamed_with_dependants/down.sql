-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 8 statement(s), 1 with warnings
--     1. undo: create index public.readings_clamped  [WARNING]
--     2. undo: add constraint readings_raw_clamped on public.readings
--     3. undo: set default of public.readings.raw
--     4. undo: create function public.clamp
--     5. undo: drop function public.clamp
--     6. undo: drop default of public.readings.raw
--     7. undo: drop index public.readings_clamped
--     8. undo: drop constraint readings_raw_clamped on public.readings

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

-- WARNING: D114 drop-index [warning]: public.readings_clamped: queries that used the index lose it (it is dropped CONCURRENTLY: no lock is held)
DROP INDEX CONCURRENTLY public.readings_clamped;

BEGIN;

ALTER TABLE public.readings DROP CONSTRAINT readings_raw_clamped;

ALTER TABLE public.readings ALTER COLUMN raw DROP DEFAULT;

DROP FUNCTION public.clamp(integer);

CREATE OR REPLACE FUNCTION public.clamp(val int) RETURNS int LANGUAGE sql IMMUTABLE AS $$SELECT greatest(val, 0)$$;

ALTER TABLE public.readings ALTER COLUMN raw SET DEFAULT clamp(-1);

COMMIT;

CREATE INDEX CONCURRENTLY readings_clamped ON public.readings USING btree (clamp(raw));

BEGIN;

ALTER TABLE public.readings ADD CONSTRAINT readings_raw_clamped CHECK (clamp(raw) < 1000);

COMMIT;


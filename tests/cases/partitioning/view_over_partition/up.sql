-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 4 statement(s), 1 with warnings
--     1. drop view public.readings_1_values
--     2. change type of public.readings.value  [WARNING]
--     3. create view public.readings_1_values
--     4. comment on column public.readings_1.value

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP VIEW public.readings_1_values;

-- WARNING: L113 column-type-change-rewrite [error; ACCESS EXCLUSIVE; rewrite]: public.readings.value: integer -> bigint: rewrites the table and its indexes; values that do not convert or fit make it fail
ALTER TABLE public.readings ALTER COLUMN value TYPE bigint;

CREATE VIEW public.readings_1_values AS SELECT value FROM readings_1;

COMMENT ON COLUMN public.readings_1.value IS 'calibrated';

COMMIT;


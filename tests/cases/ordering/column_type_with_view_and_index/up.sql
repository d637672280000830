-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 1 with warnings
--     1. drop view public.high_readings
--     2. change type of public.readings.value  [WARNING]
--     3. create view public.high_readings

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP VIEW public.high_readings;

-- WARNING: L113 column-type-change-rewrite [error; ACCESS EXCLUSIVE; rewrite]: public.readings.value: real -> double precision: rewrites the table and its indexes; values that do not convert or fit make it fail
ALTER TABLE public.readings ALTER COLUMN value TYPE double precision;

CREATE VIEW public.high_readings AS SELECT id, value FROM public.readings WHERE value > 100;

COMMIT;


-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 4 statement(s), 1 with warnings
--     1. undo: comment on column public.readings_1.value
--     2. undo: create view public.readings_1_values
--     3. undo: change type of public.readings.value  [WARNING]
--     4. undo: drop view public.readings_1_values

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

COMMENT ON COLUMN public.readings_1.value IS 'raw';

DROP VIEW public.readings_1_values;

-- WARNING: L113 column-type-change-rewrite [error; ACCESS EXCLUSIVE; rewrite]: public.readings.value: bigint -> integer: rewrites the table and its indexes; values that do not convert or fit make it fail
ALTER TABLE public.readings ALTER COLUMN value TYPE integer;

CREATE VIEW public.readings_1_values AS SELECT value FROM readings_1;

COMMIT;


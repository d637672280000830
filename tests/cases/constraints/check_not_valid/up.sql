-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 0 with warnings
--     1. add constraint measurements_celsius_check on public.measurements

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER TABLE public.measurements ADD CONSTRAINT measurements_celsius_check CHECK (celsius > -273.15) NOT VALID;

COMMIT;


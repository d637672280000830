-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 4 statement(s), 1 with warnings
--     1. undo: set cluster index of public.readings
--     2. undo: create index public.readings_sensor_idx  [WARNING]
--     3. undo: drop index public.readings_sensor_idx
--     4. undo: set cluster index of public.readings

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER TABLE public.readings SET WITHOUT CLUSTER;

COMMIT;

-- WARNING: D114 drop-index [warning]: public.readings_sensor_idx: queries that used the index lose it (it is dropped CONCURRENTLY: no lock is held)
DROP INDEX CONCURRENTLY public.readings_sensor_idx;

CREATE INDEX CONCURRENTLY readings_sensor_idx ON public.readings USING btree (sensor);

BEGIN;

ALTER TABLE public.readings CLUSTER ON readings_sensor_idx;

COMMIT;


-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 4 statement(s), 1 with warnings
--     1. undo: set cluster index of public.sites
--     2. undo: set cluster index of public.sensors
--     3. undo: set cluster index of public.readings
--     4. undo: create index public.sites_name_idx  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER TABLE public.sites SET WITHOUT CLUSTER;

ALTER TABLE public.sensors CLUSTER ON sensors_pkey;

ALTER TABLE public.readings CLUSTER ON readings_sensor_taken_idx;

COMMIT;

-- WARNING: D114 drop-index [warning]: public.sites_name_idx: queries that used the index lose it (it is dropped CONCURRENTLY: no lock is held)
DROP INDEX CONCURRENTLY public.sites_name_idx;


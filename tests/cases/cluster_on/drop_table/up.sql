-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 2 with warnings
--     1. drop index public.readings_sensor_taken_idx
--     2. drop table public.readings  [WARNING]
--     3. drop table public.sensors  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP INDEX public.readings_sensor_taken_idx;

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.readings: drops the table and all its rows; the reverse restores the structure, not the rows
-- WARNING: down.sql recreates the structure of public.readings, not its rows
DROP TABLE public.readings;

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.sensors: drops the table and all its rows; the reverse restores the structure, not the rows
-- WARNING: down.sql recreates the structure of public.sensors, not its rows
DROP TABLE public.sensors;

COMMIT;


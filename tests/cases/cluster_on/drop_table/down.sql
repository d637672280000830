-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 2 with warnings
--     1. undo: drop table public.sensors  [WARNING]
--     2. undo: drop table public.readings  [WARNING]
--     3. undo: drop index public.readings_sensor_taken_idx

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: recreates the structure of public.sensors, not its rows
CREATE TABLE public.sensors (
    id integer NOT NULL,
    name text,
    CONSTRAINT sensors_pkey PRIMARY KEY (id)
);

ALTER TABLE public.sensors CLUSTER ON sensors_pkey;

-- WARNING: recreates the structure of public.readings, not its rows
CREATE TABLE public.readings (
    id bigint NOT NULL,
    sensor integer NOT NULL,
    taken_at timestamp with time zone NOT NULL,
    CONSTRAINT readings_pkey PRIMARY KEY (id)
);

CREATE INDEX readings_sensor_taken_idx ON public.readings USING btree (sensor, taken_at);

ALTER TABLE public.readings CLUSTER ON readings_sensor_taken_idx;

COMMIT;


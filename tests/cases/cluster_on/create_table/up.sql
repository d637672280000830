-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 0 with warnings
--     1. create table public.readings
--     2. create table public.sensors
--     3. create index public.readings_sensor_taken_idx

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE TABLE public.readings (
    id bigint NOT NULL,
    sensor integer NOT NULL,
    taken_at timestamp with time zone NOT NULL,
    CONSTRAINT readings_pkey PRIMARY KEY (id)
);

CREATE TABLE public.sensors (
    id integer NOT NULL,
    name text,
    CONSTRAINT sensors_pkey PRIMARY KEY (id)
);

ALTER TABLE public.sensors CLUSTER ON sensors_pkey;

CREATE INDEX readings_sensor_taken_idx ON public.readings USING btree (sensor, taken_at);

ALTER TABLE public.readings CLUSTER ON readings_sensor_taken_idx;

COMMIT;


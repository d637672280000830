-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 6 statement(s), 0 with warnings
--     1. create table public.owned
--     2. add column public.vehicle.color
--     3. create table public.bike
--     4. create table public.car
--     5. create table public.sports_car
--     6. create index public.bike_color

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE TABLE public.owned (
    owner_name text NOT NULL
);

ALTER TABLE public.vehicle ADD COLUMN color text;

CREATE TABLE public.bike (
    CONSTRAINT bike_check CHECK (wheels = 2 AND color <> 'none'::text),
    CONSTRAINT bike_pkey PRIMARY KEY (id)
) INHERITS (public.vehicle);

CREATE TABLE public.car (
    doors integer
) INHERITS (public.vehicle);

CREATE TABLE public.sports_car (
    wheels integer DEFAULT 4,
    top_speed integer
) INHERITS (public.car, public.owned);

COMMENT ON TABLE public.sports_car IS 'fast';

CREATE INDEX bike_color ON public.bike USING btree (lower(color)) WHERE color <> 'red'::text;

COMMIT;


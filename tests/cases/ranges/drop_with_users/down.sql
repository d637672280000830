-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 6 statement(s), 1 with warnings
--     1. undo: drop function public.time_subtype_diff
--     2. undo: drop type public.timerange
--     3. undo: drop domain public.shift
--     4. undo: drop type public.label_span
--     5. undo: drop table public.bookings  [WARNING]
--     6. undo: drop constraint bookings_room_fkey on public.bookings

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE OR REPLACE FUNCTION public.time_subtype_diff(x time, y time) RETURNS double precision LANGUAGE sql IMMUTABLE RETURNS NULL ON NULL INPUT AS $$SELECT EXTRACT(EPOCH FROM (x - y))$$;

CREATE TYPE public.timerange AS RANGE (SUBTYPE = time without time zone, SUBTYPE_DIFF = public.time_subtype_diff);

COMMENT ON TYPE public.timerange IS 'opening hours';

CREATE DOMAIN public.shift AS public.timerange CONSTRAINT shift_check CHECK (NOT isempty(value));

CREATE TYPE public.label_span AS RANGE (SUBTYPE = text, COLLATION = "C", MULTIRANGE_TYPE_NAME = public.label_spans);

-- WARNING: recreates the structure of public.bookings, not its rows
CREATE TABLE public.bookings (
    id integer NOT NULL,
    room integer,
    hours public.timemultirange,
    labels public.label_spans,
    one_shift public.shift,
    during public.timerange,
    CONSTRAINT bookings_pkey PRIMARY KEY (id)
);

ALTER TABLE public.bookings ADD CONSTRAINT bookings_room_fkey FOREIGN KEY (room) REFERENCES public.rooms (id);

COMMIT;


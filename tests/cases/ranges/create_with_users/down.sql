-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 6 statement(s), 1 with warnings
--     1. undo: add constraint bookings_room_fkey on public.bookings
--     2. undo: create table public.bookings  [WARNING]
--     3. undo: create domain public.shift
--     4. undo: create type public.timerange
--     5. undo: create function public.time_subtype_diff
--     6. undo: create type public.label_span

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER TABLE public.bookings DROP CONSTRAINT bookings_room_fkey;

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.bookings: drops the table and all its rows; the reverse restores the structure, not the rows
DROP TABLE public.bookings;

DROP DOMAIN public.shift;

DROP TYPE public.timerange;

DROP FUNCTION public.time_subtype_diff(time without time zone, time without time zone);

DROP TYPE public.label_span;

COMMIT;


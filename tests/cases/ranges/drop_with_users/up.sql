-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 6 statement(s), 6 with warnings
--     1. drop constraint bookings_room_fkey on public.bookings  [WARNING]
--     2. drop table public.bookings  [WARNING]
--     3. drop type public.label_span  [WARNING]
--     4. drop domain public.shift  [WARNING]
--     5. drop type public.timerange  [WARNING]
--     6. drop function public.time_subtype_diff  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: D109 drop-constraint [warning; ACCESS EXCLUSIVE]: bookings_room_fkey on public.bookings: drops an integrity constraint (a foreign key also locks the referenced table)
ALTER TABLE public.bookings DROP CONSTRAINT bookings_room_fkey;

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.bookings: drops the table and all its rows; the reverse restores the structure, not the rows
-- WARNING: down.sql recreates the structure of public.bookings, not its rows
DROP TABLE public.bookings;

-- WARNING: D111 drop-type [warning]: public.label_span: drops a type
DROP TYPE public.label_span;

-- WARNING: D111 drop-type [warning]: public.shift: drops a type
DROP DOMAIN public.shift;

-- WARNING: D111 drop-type [warning]: public.timerange: drops a type
DROP TYPE public.timerange;

-- WARNING: D112 drop-function [warning]: public.time_subtype_diff: drops a function or procedure; callers the catalog cannot see fail at run time
DROP FUNCTION public.time_subtype_diff(time without time zone, time without time zone);

COMMIT;


-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 16 statement(s), 11 with warnings
--     1. undo: create trigger measurement_touch on public.measurement
--     2. undo: create index public.measurement_peaktemp
--     3. undo: create index public.measurement_2024_city
--     4. undo: add constraint measurement_customer_id_fkey on public.measurement
--     5. undo: create table public.orders_us_1  [WARNING]
--     6. undo: create table public.orders_us_0  [WARNING]
--     7. undo: create table public.orders_us  [WARNING]
--     8. undo: create table public.orders_eu  [WARNING]
--     9. undo: create table public.orders  [WARNING]
--    10. undo: create table public.measurement_rest  [WARNING]
--    11. undo: create table public.measurement_old  [WARNING]
--    12. undo: create table public.measurement_2024  [WARNING]
--    13. undo: create table public.measurement  [WARNING]
--    14. undo: create table public.events_a  [WARNING]
--    15. undo: create table public.events  [WARNING]
--    16. undo: create function public.touch

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP TRIGGER measurement_touch ON public.measurement;

DROP INDEX public.measurement_peaktemp;

DROP INDEX public.measurement_2024_city;

ALTER TABLE public.measurement DROP CONSTRAINT measurement_customer_id_fkey;

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.orders_us_1: drops the table and all its rows; the reverse restores the structure, not the rows
DROP TABLE public.orders_us_1;

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.orders_us_0: drops the table and all its rows; the reverse restores the structure, not the rows
DROP TABLE public.orders_us_0;

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.orders_us: drops the table and all its rows; the reverse restores the structure, not the rows
DROP TABLE public.orders_us;

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.orders_eu: drops the table and all its rows; the reverse restores the structure, not the rows
DROP TABLE public.orders_eu;

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.orders: drops the table and all its rows; the reverse restores the structure, not the rows
DROP TABLE public.orders;

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.measurement_rest: drops the table and all its rows; the reverse restores the structure, not the rows
DROP TABLE public.measurement_rest;

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.measurement_old: drops the table and all its rows; the reverse restores the structure, not the rows
DROP TABLE public.measurement_old;

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.measurement_2024: drops the table and all its rows; the reverse restores the structure, not the rows
DROP TABLE public.measurement_2024;

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.measurement: drops the table and all its rows; the reverse restores the structure, not the rows
DROP TABLE public.measurement;

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.events_a: drops the table and all its rows; the reverse restores the structure, not the rows
DROP TABLE public.events_a;

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.events: drops the table and all its rows; the reverse restores the structure, not the rows
DROP TABLE public.events;

DROP FUNCTION public.touch();

COMMIT;


-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 6 statement(s), 5 with warnings
--     1. undo: create index public.bike_color
--     2. undo: create table public.sports_car  [WARNING]
--     3. undo: create table public.car  [WARNING]
--     4. undo: create table public.bike  [WARNING]
--     5. undo: add column public.vehicle.color  [WARNING]
--     6. undo: create table public.owned  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP INDEX public.bike_color;

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.sports_car: drops the table and all its rows; the reverse restores the structure, not the rows
DROP TABLE public.sports_car;

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.car: drops the table and all its rows; the reverse restores the structure, not the rows
DROP TABLE public.car;

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.bike: drops the table and all its rows; the reverse restores the structure, not the rows
DROP TABLE public.bike;

-- WARNING: D102 drop-column [error; ACCESS EXCLUSIVE; data loss]: public.vehicle.color: drops the column and its data; the reverse restores the column empty
ALTER TABLE public.vehicle DROP COLUMN color;

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.owned: drops the table and all its rows; the reverse restores the structure, not the rows
DROP TABLE public.owned;

COMMIT;


-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 6 statement(s), 3 with warnings
--     1. undo: create index public.parcels_heavy_idx  [WARNING]
--     2. undo: add constraint parcels_light on public.parcels
--     3. undo: add column public.parcels.weight_kg  [WARNING]
--     4. undo: drop column public.parcels.weight_kg  [WARNING]
--     5. undo: drop index public.parcels_heavy_idx
--     6. undo: drop constraint parcels_light on public.parcels

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

-- WARNING: D114 drop-index [warning]: public.parcels_heavy_idx: queries that used the index lose it (it is dropped CONCURRENTLY: no lock is held)
DROP INDEX CONCURRENTLY public.parcels_heavy_idx;

BEGIN;

ALTER TABLE public.parcels DROP CONSTRAINT parcels_light;

-- WARNING: D102 drop-column [error; ACCESS EXCLUSIVE; data loss]: public.parcels.weight_kg: drops the column and its data; the reverse restores the column empty
ALTER TABLE public.parcels DROP COLUMN weight_kg;

-- WARNING: re-adds public.parcels.weight_kg without its data
ALTER TABLE public.parcels ADD COLUMN weight_kg numeric GENERATED ALWAYS AS (weight_g / 1000.0) STORED;

COMMIT;

CREATE INDEX CONCURRENTLY parcels_heavy_idx ON public.parcels USING btree (id) INCLUDE (weight_kg) WHERE weight_kg > 20::numeric;

BEGIN;

ALTER TABLE public.parcels ADD CONSTRAINT parcels_light CHECK (weight_kg < 30::numeric);

COMMIT;


-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 6 statement(s), 4 with warnings
--     1. drop constraint parcels_light on public.parcels  [WARNING]
--     2. drop index public.parcels_heavy_idx  [WARNING]
--     3. drop column public.parcels.weight_kg  [WARNING]
--     4. add column public.parcels.weight_kg  [WARNING]
--     5. add constraint parcels_light on public.parcels
--     6. create index public.parcels_heavy_idx

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: D109 drop-constraint [warning; ACCESS EXCLUSIVE]: parcels_light on public.parcels: drops an integrity constraint (a foreign key also locks the referenced table)
ALTER TABLE public.parcels DROP CONSTRAINT parcels_light;

COMMIT;

-- WARNING: D114 drop-index [warning]: public.parcels_heavy_idx: queries that used the index lose it (it is dropped CONCURRENTLY: no lock is held)
DROP INDEX CONCURRENTLY public.parcels_heavy_idx;

BEGIN;

-- WARNING: D102 drop-column [error; ACCESS EXCLUSIVE; data loss]: public.parcels.weight_kg: drops the column and its data; the reverse restores the column empty
-- WARNING: down.sql re-adds public.parcels.weight_kg without its data
ALTER TABLE public.parcels DROP COLUMN weight_kg;

-- WARNING: L115 add-column-generated-stored [error; ACCESS EXCLUSIVE; rewrite]: public.parcels.weight_kg: a stored generated column rewrites the table
ALTER TABLE public.parcels ADD COLUMN weight_kg numeric GENERATED ALWAYS AS (round(weight_g / 1000.0, 3)) STORED;

ALTER TABLE public.parcels ADD CONSTRAINT parcels_light CHECK (weight_kg < 30::numeric) NOT VALID;

COMMIT;

BEGIN;

ALTER TABLE public.parcels VALIDATE CONSTRAINT parcels_light;

COMMIT;

CREATE INDEX CONCURRENTLY parcels_heavy_idx ON public.parcels USING btree (id) INCLUDE (weight_kg) WHERE weight_kg > 20::numeric;


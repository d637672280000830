-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 6 statement(s), 2 with warnings
--     1. undo: add constraint cities_pkey on public.cities
--     2. undo: add constraint cities_name_key on public.cities
--     3. undo: add constraint cities_name_check on public.cities
--     4. undo: add constraint cities_country_fkey on public.cities
--     5. undo: add column public.cities.country  [WARNING]
--     6. undo: set not null of public.cities.id  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER TABLE public.cities DROP CONSTRAINT cities_pkey;

ALTER TABLE public.cities DROP CONSTRAINT cities_name_key;

ALTER TABLE public.cities DROP CONSTRAINT cities_name_check;

ALTER TABLE public.cities DROP CONSTRAINT cities_country_fkey;

-- WARNING: D102 drop-column [error; ACCESS EXCLUSIVE; data loss]: public.cities.country: drops the column and its data; the reverse restores the column empty
ALTER TABLE public.cities DROP COLUMN country;

-- WARNING: C106 drop-not-null [warning; ACCESS EXCLUSIVE]: public.cities.id: readers and code that assumed a value meet NULLs
ALTER TABLE public.cities ALTER COLUMN id DROP NOT NULL;

COMMIT;


-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 6 statement(s), 3 with warnings
--     1. set not null of public.cities.id  [WARNING]
--     2. add column public.cities.country
--     3. add constraint cities_country_fkey on public.cities
--     4. add constraint cities_name_check on public.cities
--     5. add constraint cities_name_key on public.cities  [WARNING]
--     6. add constraint cities_pkey on public.cities  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: C116 not-null-data-dependent [warning; scan]: public.cities.id: the CHECK that makes SET NOT NULL online is validated by a scan (no write lock) and fails when the column holds NULLs
ALTER TABLE public.cities ADD CONSTRAINT cities_id_not_null CHECK (id IS NOT NULL) NOT VALID;

COMMIT;

BEGIN;

ALTER TABLE public.cities VALIDATE CONSTRAINT cities_id_not_null;

COMMIT;

BEGIN;

ALTER TABLE public.cities ALTER COLUMN id SET NOT NULL;

ALTER TABLE public.cities DROP CONSTRAINT cities_id_not_null;

ALTER TABLE public.cities ADD COLUMN country character(2);

ALTER TABLE public.cities ADD CONSTRAINT cities_country_fkey FOREIGN KEY (country) REFERENCES public.countries (code) NOT VALID;

COMMIT;

BEGIN;

ALTER TABLE public.cities VALIDATE CONSTRAINT cities_country_fkey;

COMMIT;

BEGIN;

ALTER TABLE public.cities ADD CONSTRAINT cities_name_check CHECK (name <> ''::text) NOT VALID;

COMMIT;

BEGIN;

ALTER TABLE public.cities VALIDATE CONSTRAINT cities_name_check;

COMMIT;

-- WARNING: C110 unique-index-data-dependent [warning; index build]: cities_name_key on public.cities: a new unique index fails on duplicates already in the table
CREATE UNIQUE INDEX CONCURRENTLY cities_name_key ON public.cities (name);

BEGIN;

ALTER TABLE public.cities ADD CONSTRAINT cities_name_key UNIQUE USING INDEX cities_name_key;

COMMIT;

-- WARNING: C110 unique-index-data-dependent [warning; index build]: cities_pkey on public.cities: a new unique index fails on duplicates already in the table
CREATE UNIQUE INDEX CONCURRENTLY cities_pkey ON public.cities (id);

BEGIN;

ALTER TABLE public.cities ADD CONSTRAINT cities_pkey PRIMARY KEY USING INDEX cities_pkey;

COMMIT;


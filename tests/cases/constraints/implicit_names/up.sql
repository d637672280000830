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

BEGIN;

-- WARNING: L108 set-not-null-scan [error; ACCESS EXCLUSIVE; scan]: public.cities.id: SET NOT NULL scans the table and fails on NULLs
ALTER TABLE public.cities ALTER COLUMN id SET NOT NULL;

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

BEGIN;

-- WARNING: L109 add-unique-constraint-without-index [error; ACCESS EXCLUSIVE; index build]: cities_name_key on public.cities: builds a unique index while the table is locked and fails on duplicates
ALTER TABLE public.cities ADD CONSTRAINT cities_name_key UNIQUE (name);

-- WARNING: L109 add-unique-constraint-without-index [error; ACCESS EXCLUSIVE; index build]: cities_pkey on public.cities: builds a unique index while the table is locked and fails on duplicates
ALTER TABLE public.cities ADD CONSTRAINT cities_pkey PRIMARY KEY (id);

COMMIT;


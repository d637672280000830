-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 6 statement(s), 1 with warnings
--     1. undo: drop column public.addresses.country  [WARNING]
--     2. undo: create statistics public.addresses_city_zip
--     3. undo: create statistics public.addresses_all
--     4. undo: drop statistics public.addresses_mcv
--     5. undo: drop statistics public.addresses_city_zip
--     6. undo: drop statistics public.addresses_all

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: re-adds public.addresses.country without its data
ALTER TABLE public.addresses ADD COLUMN country text;

DROP STATISTICS public.addresses_city_zip;

DROP STATISTICS public.addresses_all;

CREATE STATISTICS public.addresses_mcv (mcv) ON country, (lower(city)) FROM public.addresses;

CREATE STATISTICS public.addresses_city_zip (ndistinct, dependencies) ON city, zip FROM public.addresses;

CREATE STATISTICS public.addresses_all ON city, zip, country FROM public.addresses;

ALTER STATISTICS public.addresses_all SET STATISTICS 500;

COMMIT;


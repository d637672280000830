-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 6 statement(s), 1 with warnings
--     1. drop statistics public.addresses_all
--     2. drop statistics public.addresses_city_zip
--     3. drop statistics public.addresses_mcv
--     4. create statistics public.addresses_all
--     5. create statistics public.addresses_city_zip
--     6. drop column public.addresses.country  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP STATISTICS public.addresses_all;

DROP STATISTICS public.addresses_city_zip;

DROP STATISTICS public.addresses_mcv;

CREATE STATISTICS public.addresses_all ON city, zip FROM public.addresses;

ALTER STATISTICS public.addresses_all SET STATISTICS 100;

CREATE STATISTICS public.addresses_city_zip (dependencies) ON city, zip FROM public.addresses;

-- WARNING: D102 drop-column [error; ACCESS EXCLUSIVE; data loss]: public.addresses.country: drops the column and its data; the reverse restores the column empty
-- WARNING: down.sql re-adds public.addresses.country without its data
ALTER TABLE public.addresses DROP COLUMN country;

COMMIT;


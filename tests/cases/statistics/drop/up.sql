-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 4 statement(s), 1 with warnings
--     1. drop statistics public.addresses_all
--     2. drop statistics public.addresses_city_zip
--     3. drop statistics public.addresses_mcv
--     4. drop table public.addresses  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP STATISTICS public.addresses_all;

DROP STATISTICS public.addresses_city_zip;

DROP STATISTICS public.addresses_mcv;

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.addresses: drops the table and all its rows; the reverse restores the structure, not the rows
-- WARNING: down.sql recreates the structure of public.addresses, not its rows
DROP TABLE public.addresses;

COMMIT;


-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 4 statement(s), 1 with warnings
--     1. undo: create statistics public.addresses_mcv
--     2. undo: create statistics public.addresses_city_zip
--     3. undo: create statistics public.addresses_all
--     4. undo: create table public.addresses  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP STATISTICS public.addresses_mcv;

DROP STATISTICS public.addresses_city_zip;

DROP STATISTICS public.addresses_all;

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.addresses: drops the table and all its rows; the reverse restores the structure, not the rows
DROP TABLE public.addresses;

COMMIT;


-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 4 statement(s), 1 with warnings
--     1. undo: drop table public.addresses  [WARNING]
--     2. undo: drop statistics public.addresses_mcv
--     3. undo: drop statistics public.addresses_city_zip
--     4. undo: drop statistics public.addresses_all

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: recreates the structure of public.addresses, not its rows
CREATE TABLE public.addresses (
    id bigint NOT NULL,
    city text NOT NULL,
    zip text NOT NULL,
    country text,
    CONSTRAINT addresses_pkey PRIMARY KEY (id)
);

CREATE STATISTICS public.addresses_mcv (mcv) ON country, (lower(city)) FROM public.addresses;

CREATE STATISTICS public.addresses_city_zip (ndistinct, dependencies) ON city, zip FROM public.addresses;

CREATE STATISTICS public.addresses_all ON city, zip, country FROM public.addresses;

ALTER STATISTICS public.addresses_all SET STATISTICS 500;

COMMIT;


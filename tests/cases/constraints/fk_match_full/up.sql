-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 0 with warnings
--     1. add constraint stores_region_fkey on public.stores

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER TABLE public.stores ADD CONSTRAINT stores_region_fkey FOREIGN KEY (country, region_code) REFERENCES public.regions (country, code) MATCH FULL ON DELETE RESTRICT NOT VALID;

COMMIT;

BEGIN;

ALTER TABLE public.stores VALIDATE CONSTRAINT stores_region_fkey;

COMMIT;


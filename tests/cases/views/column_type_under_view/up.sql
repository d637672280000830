-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 0 with warnings
--     1. drop view public.product_names
--     2. change type of public.products.name
--     3. create view public.product_names

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP VIEW public.product_names;

ALTER TABLE public.products ALTER COLUMN name TYPE character varying(200);

CREATE VIEW public.product_names AS SELECT id, name FROM public.products;

COMMIT;


-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. undo: create index public.sales_by_region_region_idx
--     2. undo: create view public.sales_by_region

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP INDEX public.sales_by_region_region_idx;

DROP MATERIALIZED VIEW public.sales_by_region;

COMMIT;


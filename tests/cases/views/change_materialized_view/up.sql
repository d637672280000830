-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. drop view public.sales_by_region
--     2. create view public.sales_by_region

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP MATERIALIZED VIEW public.sales_by_region;

CREATE MATERIALIZED VIEW public.sales_by_region AS SELECT region, sum(amount) AS total, count(*) AS n FROM public.sales GROUP BY region;

COMMIT;


-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. create view public.sales_by_region
--     2. create index public.sales_by_region_region_idx

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE MATERIALIZED VIEW public.sales_by_region AS SELECT region, sum(amount) AS total FROM public.sales GROUP BY region WITH NO DATA;

CREATE UNIQUE INDEX sales_by_region_region_idx ON public.sales_by_region USING btree (region);

COMMIT;


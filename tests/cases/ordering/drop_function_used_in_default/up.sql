-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 1 with warnings
--     1. drop default of public.stores.region
--     2. set default of public.stores.region
--     3. drop function public.default_region  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER TABLE public.stores ALTER COLUMN region DROP DEFAULT;

ALTER TABLE public.stores ALTER COLUMN region SET DEFAULT 'eu'::text;

-- WARNING: D112 drop-function [warning]: public.default_region: drops a function or procedure; callers the catalog cannot see fail at run time
DROP FUNCTION public.default_region();

COMMIT;


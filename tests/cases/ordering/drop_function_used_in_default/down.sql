-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 0 with warnings
--     1. undo: drop function public.default_region
--     2. undo: set default of public.stores.region
--     3. undo: drop default of public.stores.region

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE OR REPLACE FUNCTION public.default_region() RETURNS text LANGUAGE sql STABLE AS $$ SELECT 'eu' $$;

ALTER TABLE public.stores ALTER COLUMN region DROP DEFAULT;

ALTER TABLE public.stores ALTER COLUMN region SET DEFAULT public.default_region();

COMMIT;


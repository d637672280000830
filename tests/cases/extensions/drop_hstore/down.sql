-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 1 with warnings
--     1. undo: drop extension hstore
--     2. undo: drop column public.products.attrs  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE EXTENSION hstore;

-- WARNING: re-adds public.products.attrs without its data
ALTER TABLE public.products ADD COLUMN attrs public.hstore;

COMMIT;


-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 1 with warnings
--     1. undo: drop column public.products.legacy_code  [WARNING]
--     2. undo: drop index public.products_legacy_code_idx

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: re-adds public.products.legacy_code without its data
ALTER TABLE public.products ADD COLUMN legacy_code character(8) DEFAULT 'NONE' NOT NULL;

COMMIT;

CREATE INDEX CONCURRENTLY products_legacy_code_idx ON public.products USING btree (legacy_code);


-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 2 with warnings
--     1. drop index public.products_legacy_code_idx  [WARNING]
--     2. drop column public.products.legacy_code  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

-- WARNING: D114 drop-index [warning]: public.products_legacy_code_idx: queries that used the index lose it (it is dropped CONCURRENTLY: no lock is held)
DROP INDEX CONCURRENTLY public.products_legacy_code_idx;

BEGIN;

-- WARNING: D102 drop-column [error; ACCESS EXCLUSIVE; data loss]: public.products.legacy_code: drops the column and its data; the reverse restores the column empty
-- WARNING: down.sql re-adds public.products.legacy_code without its data
ALTER TABLE public.products DROP COLUMN legacy_code;

COMMIT;


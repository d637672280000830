-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 0 with warnings
--     1. drop constraint items_category_id_fkey on public.items
--     2. drop constraint categories_pkey on public.categories
--     3. drop not null of public.categories.id

SET check_function_bodies = false;
SET lock_timeout = '10s';

BEGIN;

ALTER TABLE public.items DROP CONSTRAINT items_category_id_fkey;

ALTER TABLE public.categories DROP CONSTRAINT categories_pkey;

ALTER TABLE public.categories ALTER COLUMN id DROP NOT NULL;

COMMIT;


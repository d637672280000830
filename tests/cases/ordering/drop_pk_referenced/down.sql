-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 1 with warnings
--     1. undo: drop not null of public.categories.id  [WARNING]
--     2. undo: drop constraint categories_pkey on public.categories
--     3. undo: drop constraint items_category_id_fkey on public.items

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: L108 set-not-null-scan [error; ACCESS EXCLUSIVE; scan]: public.categories.id: SET NOT NULL scans the table and fails on NULLs
ALTER TABLE public.categories ALTER COLUMN id SET NOT NULL;

ALTER TABLE public.categories ADD CONSTRAINT categories_pkey PRIMARY KEY (id);

ALTER TABLE public.items ADD CONSTRAINT items_category_id_fkey FOREIGN KEY (category_id) REFERENCES public.categories (id);

COMMIT;


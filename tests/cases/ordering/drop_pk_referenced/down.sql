-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 0 with warnings
--     1. undo: drop not null of public.categories.id
--     2. undo: drop constraint categories_pkey on public.categories
--     3. undo: drop constraint items_category_id_fkey on public.items

SET check_function_bodies = false;
SET lock_timeout = '10s';

BEGIN;

ALTER TABLE public.categories ALTER COLUMN id SET NOT NULL;

ALTER TABLE public.categories ADD CONSTRAINT categories_pkey PRIMARY KEY (id);

ALTER TABLE public.items ADD CONSTRAINT items_category_id_fkey FOREIGN KEY (category_id) REFERENCES public.categories (id);

COMMIT;


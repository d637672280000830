-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 3 with warnings
--     1. drop constraint items_category_id_fkey on public.items  [WARNING]
--     2. drop constraint categories_pkey on public.categories  [WARNING]
--     3. drop not null of public.categories.id  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: D109 drop-constraint [warning; ACCESS EXCLUSIVE]: items_category_id_fkey on public.items: drops an integrity constraint (a foreign key also locks the referenced table)
ALTER TABLE public.items DROP CONSTRAINT items_category_id_fkey;

-- WARNING: D109 drop-constraint [warning; ACCESS EXCLUSIVE]: categories_pkey on public.categories: drops an integrity constraint (a foreign key also locks the referenced table)
ALTER TABLE public.categories DROP CONSTRAINT categories_pkey;

-- WARNING: C106 drop-not-null [warning; ACCESS EXCLUSIVE]: public.categories.id: readers and code that assumed a value meet NULLs
ALTER TABLE public.categories ALTER COLUMN id DROP NOT NULL;

COMMIT;


-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 4 statement(s), 4 with warnings
--     1. drop generation expression of public.items.slug  [WARNING]
--     2. drop column public.items.price_with_tax  [WARNING]
--     3. change type of public.items.price  [WARNING]
--     4. add column public.items.price_with_tax  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: irreversible: drop generation expression of public.items.slug: PostgreSQL cannot make a column generated again in place (it would take dropping and adding the column, with its indexes and constraints)
ALTER TABLE public.items ALTER COLUMN slug DROP EXPRESSION;

-- WARNING: D102 drop-column [error; ACCESS EXCLUSIVE; data loss]: public.items.price_with_tax: drops the column and its data; the reverse restores the column empty
-- WARNING: down.sql re-adds public.items.price_with_tax without its data
ALTER TABLE public.items DROP COLUMN price_with_tax;

-- WARNING: L113 column-type-change-rewrite [error; ACCESS EXCLUSIVE; rewrite]: public.items.price: integer -> bigint: rewrites the table and its indexes; values that do not convert or fit make it fail
ALTER TABLE public.items ALTER COLUMN price TYPE bigint;

-- WARNING: L115 add-column-generated-stored [error; ACCESS EXCLUSIVE; rewrite]: public.items.price_with_tax: a stored generated column rewrites the table
ALTER TABLE public.items ADD COLUMN price_with_tax numeric GENERATED ALWAYS AS (price * 1.2) STORED;

COMMIT;


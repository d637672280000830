-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 4 statement(s), 4 with warnings
--     1. undo: add column public.items.price_with_tax  [WARNING]
--     2. undo: change type of public.items.price  [WARNING]
--     3. undo: drop column public.items.price_with_tax  [WARNING]
--     4. undo: drop generation expression of public.items.slug  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: D102 drop-column [error; ACCESS EXCLUSIVE; data loss]: public.items.price_with_tax: drops the column and its data; the reverse restores the column empty
ALTER TABLE public.items DROP COLUMN price_with_tax;

-- WARNING: L113 column-type-change-rewrite [error; ACCESS EXCLUSIVE; rewrite]: public.items.price: bigint -> integer: rewrites the table and its indexes; values that do not convert or fit make it fail
ALTER TABLE public.items ALTER COLUMN price TYPE integer;

-- WARNING: re-adds public.items.price_with_tax without its data
ALTER TABLE public.items ADD COLUMN price_with_tax numeric GENERATED ALWAYS AS (price * 1.2) STORED;

-- WARNING: cannot undo drop generation expression of public.items.slug: PostgreSQL cannot make a column generated again in place (it would take dropping and adding the column, with its indexes and constraints)
COMMIT;


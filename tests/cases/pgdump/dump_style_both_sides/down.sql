-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 1 with warnings
--     1. undo: add constraint items_price_check on public.items
--     2. undo: add column public.items.price  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER TABLE public.items DROP CONSTRAINT items_price_check;

-- WARNING: D102 drop-column [error; ACCESS EXCLUSIVE; data loss]: public.items.price: drops the column and its data; the reverse restores the column empty
ALTER TABLE public.items DROP COLUMN price;

COMMIT;


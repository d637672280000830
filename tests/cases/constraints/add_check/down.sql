-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. undo: add constraint products_price_positive on public.products
--     2. undo: add constraint products_discount_le_price on public.products

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER TABLE public.products DROP CONSTRAINT products_price_positive;

ALTER TABLE public.products DROP CONSTRAINT products_discount_le_price;

COMMIT;


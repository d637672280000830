-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. add constraint products_discount_le_price on public.products
--     2. add constraint products_price_positive on public.products

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER TABLE public.products ADD CONSTRAINT products_discount_le_price CHECK (discount IS NULL OR discount <= price) NOT VALID;

COMMIT;

BEGIN;

ALTER TABLE public.products VALIDATE CONSTRAINT products_discount_le_price;

COMMIT;

BEGIN;

ALTER TABLE public.products ADD CONSTRAINT products_price_positive CHECK (price > 0::numeric) NOT VALID;

COMMIT;

BEGIN;

ALTER TABLE public.products VALIDATE CONSTRAINT products_price_positive;

COMMIT;


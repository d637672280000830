-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 1 with warnings
--     1. drop constraint products_price_check on public.products  [WARNING]
--     2. add constraint products_price_check on public.products

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: D109 drop-constraint [warning; ACCESS EXCLUSIVE]: products_price_check on public.products: drops an integrity constraint (a foreign key also locks the referenced table)
ALTER TABLE public.products DROP CONSTRAINT products_price_check;

ALTER TABLE public.products ADD CONSTRAINT products_price_check CHECK (price > 0::numeric AND price < 100000::numeric) NOT VALID;

COMMIT;

BEGIN;

ALTER TABLE public.products VALIDATE CONSTRAINT products_price_check;

COMMIT;


-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 5 statement(s), 1 with warnings
--     1. undo: add constraint products_pkey on public.products
--     2. undo: set owner of sequence public.products_product_no_seq
--     3. undo: set default of public.products.product_no
--     4. undo: set not null of public.products.product_no  [WARNING]
--     5. undo: create sequence public.products_product_no_seq

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER TABLE public.products DROP CONSTRAINT products_pkey;

ALTER SEQUENCE public.products_product_no_seq OWNED BY NONE;

ALTER TABLE public.products ALTER COLUMN product_no DROP DEFAULT;

-- WARNING: C106 drop-not-null [warning; ACCESS EXCLUSIVE]: public.products.product_no: readers and code that assumed a value meet NULLs
ALTER TABLE public.products ALTER COLUMN product_no DROP NOT NULL;

DROP SEQUENCE public.products_product_no_seq;

COMMIT;


-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 5 statement(s), 2 with warnings
--     1. create sequence public.products_product_no_seq
--     2. set not null of public.products.product_no  [WARNING]
--     3. set default of public.products.product_no
--     4. set owner of sequence public.products_product_no_seq
--     5. add constraint products_pkey on public.products  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE SEQUENCE public.products_product_no_seq AS integer INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1 NO CYCLE;

-- WARNING: C116 not-null-data-dependent [warning; scan]: public.products.product_no: the CHECK that makes SET NOT NULL online is validated by a scan (no write lock) and fails when the column holds NULLs
ALTER TABLE public.products ADD CONSTRAINT products_product_no_not_null CHECK (product_no IS NOT NULL) NOT VALID;

COMMIT;

BEGIN;

ALTER TABLE public.products VALIDATE CONSTRAINT products_product_no_not_null;

COMMIT;

BEGIN;

ALTER TABLE public.products ALTER COLUMN product_no SET NOT NULL;

ALTER TABLE public.products DROP CONSTRAINT products_product_no_not_null;

ALTER TABLE public.products ALTER COLUMN product_no SET DEFAULT nextval('public.products_product_no_seq'::regclass);

ALTER SEQUENCE public.products_product_no_seq OWNED BY public.products.product_no;

COMMIT;

-- WARNING: C110 unique-index-data-dependent [warning; index build]: products_pkey on public.products: a new unique index fails on duplicates already in the table
CREATE UNIQUE INDEX CONCURRENTLY products_pkey ON public.products (product_no);

BEGIN;

ALTER TABLE public.products ADD CONSTRAINT products_pkey PRIMARY KEY USING INDEX products_pkey;

COMMIT;


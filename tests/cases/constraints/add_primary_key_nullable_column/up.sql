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

BEGIN;

CREATE SEQUENCE public.products_product_no_seq AS integer INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1 NO CYCLE;

-- WARNING: L108 set-not-null-scan [error; ACCESS EXCLUSIVE; scan]: public.products.product_no: SET NOT NULL scans the table and fails on NULLs
ALTER TABLE public.products ALTER COLUMN product_no SET NOT NULL;

ALTER TABLE public.products ALTER COLUMN product_no SET DEFAULT nextval('public.products_product_no_seq'::regclass);

ALTER SEQUENCE public.products_product_no_seq OWNED BY public.products.product_no;

-- WARNING: L109 add-unique-constraint-without-index [error; ACCESS EXCLUSIVE; index build]: products_pkey on public.products: builds a unique index while the table is locked and fails on duplicates
ALTER TABLE public.products ADD CONSTRAINT products_pkey PRIMARY KEY (product_no);

COMMIT;


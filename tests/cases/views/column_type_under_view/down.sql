-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 1 with warnings
--     1. undo: create view public.product_names
--     2. undo: change type of public.products.name  [WARNING]
--     3. undo: drop view public.product_names

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP VIEW public.product_names;

-- WARNING: L113 column-type-change-rewrite [error; ACCESS EXCLUSIVE; rewrite]: public.products.name: character varying(200) -> character varying(50): rewrites the table and its indexes; values that do not convert or fit make it fail
ALTER TABLE public.products ALTER COLUMN name TYPE character varying(50);

CREATE VIEW public.product_names AS SELECT id, name FROM public.products;

COMMIT;


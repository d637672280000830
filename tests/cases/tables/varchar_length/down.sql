-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 1 with warnings
--     1. undo: change type of public.customers.code
--     2. undo: change type of public.customers.name  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER TABLE public.customers ALTER COLUMN code TYPE character varying(10);

-- WARNING: L113 column-type-change-rewrite [error; ACCESS EXCLUSIVE; rewrite]: public.customers.name: character varying(120) -> character varying(50): rewrites the table and its indexes; values that do not convert or fit make it fail
ALTER TABLE public.customers ALTER COLUMN name TYPE character varying(50);

COMMIT;


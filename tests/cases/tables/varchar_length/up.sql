-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 1 with warnings
--     1. change type of public.customers.name
--     2. change type of public.customers.code  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER TABLE public.customers ALTER COLUMN name TYPE character varying(120);

-- WARNING: L113 column-type-change-rewrite [error; ACCESS EXCLUSIVE; rewrite]: public.customers.code: character varying(10) -> character varying(6): rewrites the table and its indexes; values that do not convert or fit make it fail
ALTER TABLE public.customers ALTER COLUMN code TYPE character varying(6);

COMMIT;


-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 2 with warnings
--     1. change type of public.customers.name  [WARNING]
--     2. change type of public.customers.code  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';

BEGIN;

-- WARNING: L113 column-type-change-rewrite: public.customers.name: character varying(50) -> character varying(120): changes a column type: may rewrite the table under ACCESS EXCLUSIVE and may truncate or reject values
ALTER TABLE public.customers ALTER COLUMN name TYPE character varying(120);

-- WARNING: L113 column-type-change-rewrite: public.customers.code: character varying(10) -> character varying(6): changes a column type: may rewrite the table under ACCESS EXCLUSIVE and may truncate or reject values
ALTER TABLE public.customers ALTER COLUMN code TYPE character varying(6);

COMMIT;


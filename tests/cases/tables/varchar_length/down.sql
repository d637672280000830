-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 2 with warnings
--     1. undo: change type of public.customers.code  [WARNING]
--     2. undo: change type of public.customers.name  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';

BEGIN;

-- WARNING: L113 column-type-change-rewrite: public.customers.code: character varying(6) -> character varying(10): changes a column type: may rewrite the table under ACCESS EXCLUSIVE and may truncate or reject values
ALTER TABLE public.customers ALTER COLUMN code TYPE character varying(10);

-- WARNING: L113 column-type-change-rewrite: public.customers.name: character varying(120) -> character varying(50): changes a column type: may rewrite the table under ACCESS EXCLUSIVE and may truncate or reject values
ALTER TABLE public.customers ALTER COLUMN name TYPE character varying(50);

COMMIT;


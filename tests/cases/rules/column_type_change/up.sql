-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 1 with warnings
--     1. drop rule flag_big on public.orders
--     2. change type of public.orders.amount  [WARNING]
--     3. create rule flag_big on public.orders

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP RULE flag_big ON public.orders;

-- WARNING: L113 column-type-change-rewrite [error; ACCESS EXCLUSIVE; rewrite]: public.orders.amount: integer -> numeric(12,2): rewrites the table and its indexes; values that do not convert or fit make it fail
ALTER TABLE public.orders ALTER COLUMN amount TYPE numeric(12,2);

CREATE RULE flag_big AS ON INSERT TO public.orders WHERE new.amount > 1000 DO ALSO INSERT INTO big_orders VALUES (new.id);

COMMIT;


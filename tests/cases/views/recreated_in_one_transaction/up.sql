-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 5 statement(s), 2 with warnings
--     1. drop view public.open_orders
--     2. change type of public.orders.id  [WARNING]
--     3. create view public.open_orders
--     4. drop index public.orders_customer  [WARNING]
--     5. create index public.orders_status

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP VIEW public.open_orders;

-- WARNING: L113 column-type-change-rewrite [error; ACCESS EXCLUSIVE; rewrite]: public.orders.id: integer -> bigint: rewrites the table and its indexes; values that do not convert or fit make it fail
ALTER TABLE public.orders ALTER COLUMN id TYPE bigint;

CREATE VIEW public.open_orders AS SELECT id, customer FROM orders WHERE status = 'open';

COMMIT;

-- WARNING: D114 drop-index [warning]: public.orders_customer: queries that used the index lose it (it is dropped CONCURRENTLY: no lock is held)
DROP INDEX CONCURRENTLY public.orders_customer;

CREATE INDEX CONCURRENTLY orders_status ON public.orders USING btree (status);


-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 5 statement(s), 2 with warnings
--     1. undo: create index public.orders_status  [WARNING]
--     2. undo: drop index public.orders_customer
--     3. undo: create view public.open_orders
--     4. undo: change type of public.orders.id  [WARNING]
--     5. undo: drop view public.open_orders

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

-- WARNING: D114 drop-index [warning]: public.orders_status: queries that used the index lose it (it is dropped CONCURRENTLY: no lock is held)
DROP INDEX CONCURRENTLY public.orders_status;

CREATE INDEX CONCURRENTLY orders_customer ON public.orders USING btree (customer);

BEGIN;

DROP VIEW public.open_orders;

-- WARNING: L113 column-type-change-rewrite [error; ACCESS EXCLUSIVE; rewrite]: public.orders.id: bigint -> integer: rewrites the table and its indexes; values that do not convert or fit make it fail
ALTER TABLE public.orders ALTER COLUMN id TYPE integer;

CREATE VIEW public.open_orders AS SELECT id, customer FROM orders WHERE status = 'open';

COMMIT;


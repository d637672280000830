-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 1 with warnings
--     1. undo: create index public.orders_customer_idx  [WARNING]
--     2. undo: drop index public.orders_customer_idx

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

-- WARNING: D114 drop-index [warning]: public.orders_customer_idx: queries that used the index lose it (it is dropped CONCURRENTLY: no lock is held)
DROP INDEX CONCURRENTLY public.orders_customer_idx;

CREATE INDEX CONCURRENTLY orders_customer_idx ON public.orders USING btree (customer_id);


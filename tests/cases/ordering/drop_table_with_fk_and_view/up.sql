-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 2 with warnings
--     1. drop view public.customer_orders
--     2. drop constraint orders_customer_id_fkey on public.orders  [WARNING]
--     3. drop table public.customers  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP VIEW public.customer_orders;

-- WARNING: D109 drop-constraint [warning; ACCESS EXCLUSIVE]: orders_customer_id_fkey on public.orders: drops an integrity constraint (a foreign key also locks the referenced table)
ALTER TABLE public.orders DROP CONSTRAINT orders_customer_id_fkey;

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.customers: drops the table and all its rows; the reverse restores the structure, not the rows
-- WARNING: down.sql recreates the structure of public.customers, not its rows
DROP TABLE public.customers;

COMMIT;


-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 1 with warnings
--     1. undo: drop table public.customers  [WARNING]
--     2. undo: drop constraint orders_customer_id_fkey on public.orders
--     3. undo: drop view public.customer_orders

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: recreates the structure of public.customers, not its rows
CREATE TABLE public.customers (
    id integer NOT NULL,
    name text NOT NULL,
    CONSTRAINT customers_pkey PRIMARY KEY (id)
);

ALTER TABLE public.orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers (id);

CREATE VIEW public.customer_orders AS SELECT c.name, o.id AS order_id FROM public.customers c JOIN public.orders o ON o.customer_id = c.id;

COMMIT;


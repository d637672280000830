-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 0 with warnings
--     1. add constraint orders_customer_id_fkey on public.orders

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER TABLE public.orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers (id) ON DELETE CASCADE NOT VALID;

COMMIT;

BEGIN;

ALTER TABLE public.orders VALIDATE CONSTRAINT orders_customer_id_fkey;

COMMIT;


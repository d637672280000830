-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. drop index public.orders_customer_idx
--     2. create index public.orders_customer_idx

SET check_function_bodies = false;
SET lock_timeout = '10s';

DROP INDEX CONCURRENTLY public.orders_customer_idx;

CREATE INDEX CONCURRENTLY orders_customer_idx ON public.orders USING btree (customer_id, status) WHERE status <> 'archived'::text;


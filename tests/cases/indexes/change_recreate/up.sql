-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 0 with warnings
--     1. replace index public.orders_customer_idx (build the new one, then drop the old)

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

CREATE INDEX CONCURRENTLY orders_customer_idx_pgmorph_new ON public.orders USING btree (customer_id, status) WHERE status <> 'archived'::text;

DROP INDEX CONCURRENTLY public.orders_customer_idx;

BEGIN;

ALTER INDEX public.orders_customer_idx_pgmorph_new RENAME TO orders_customer_idx;

COMMIT;


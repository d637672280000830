-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 0 with warnings
--     1. create index public.orders_customer_covering_idx

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

CREATE INDEX CONCURRENTLY orders_customer_covering_idx ON public.orders USING btree (customer_id) INCLUDE (total, placed_at);


-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 0 with warnings
--     1. undo: create index public.orders_customer_covering_idx

SET check_function_bodies = false;
SET lock_timeout = '10s';

DROP INDEX CONCURRENTLY public.orders_customer_covering_idx;


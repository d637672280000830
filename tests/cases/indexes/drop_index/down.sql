-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 0 with warnings
--     1. undo: drop index public.orders_status_idx

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

CREATE INDEX CONCURRENTLY orders_status_idx ON public.orders USING btree (status);


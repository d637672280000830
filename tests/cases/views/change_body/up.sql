-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. drop view public.big_orders
--     2. create view public.big_orders

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP VIEW public.big_orders;

CREATE VIEW public.big_orders AS SELECT id, total FROM public.orders WHERE total > 5000 AND status <> 'cancelled';

COMMIT;


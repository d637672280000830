-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. drop rule keep_shipped on public.orders
--     2. drop rule log_insert on public.orders

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP RULE keep_shipped ON public.orders;

DROP RULE log_insert ON public.orders;

COMMIT;


-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. undo: create rule log_insert on public.orders
--     2. undo: create rule keep_shipped on public.orders

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP RULE log_insert ON public.orders;

DROP RULE keep_shipped ON public.orders;

COMMIT;


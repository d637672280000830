-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 0 with warnings
--     1. create function public.order_total

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE OR REPLACE FUNCTION public.order_total(order_id int) RETURNS numeric LANGUAGE sql STABLE AS $$ SELECT total FROM public.orders WHERE id = order_id $$;

COMMIT;


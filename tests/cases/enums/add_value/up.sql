-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 0 with warnings
--     1. add values to type public.order_status

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

ALTER TYPE public.order_status ADD VALUE 'paid' AFTER 'pending';

ALTER TYPE public.order_status ADD VALUE 'returned' AFTER 'delivered';


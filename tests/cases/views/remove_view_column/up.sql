-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. drop view public.order_summary
--     2. create view public.order_summary

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP VIEW public.order_summary;

CREATE VIEW public.order_summary AS SELECT id, status FROM public.orders;

COMMIT;


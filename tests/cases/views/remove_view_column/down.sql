-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. undo: create view public.order_summary
--     2. undo: drop view public.order_summary

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP VIEW public.order_summary;

CREATE VIEW public.order_summary AS SELECT id, total, status FROM public.orders;

COMMIT;


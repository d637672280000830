-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 4 statement(s), 0 with warnings
--     1. undo: create view public.paid_totals
--     2. undo: create view public.paid_orders
--     3. undo: drop view public.paid_orders
--     4. undo: drop view public.paid_totals

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP VIEW public.paid_totals;

DROP VIEW public.paid_orders;

CREATE VIEW public.paid_orders AS SELECT id, total FROM public.orders;

CREATE VIEW public.paid_totals AS SELECT sum(total) AS total FROM public.paid_orders;

COMMIT;


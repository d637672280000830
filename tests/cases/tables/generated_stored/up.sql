-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 1 with warnings
--     1. add column public.order_lines.line_total  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: L115 add-column-generated-stored [error; ACCESS EXCLUSIVE; rewrite]: public.order_lines.line_total: a stored generated column rewrites the table
ALTER TABLE public.order_lines ADD COLUMN line_total numeric(12,2) GENERATED ALWAYS AS (quantity * unit_price) STORED;

COMMIT;


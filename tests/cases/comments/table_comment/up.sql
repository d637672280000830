-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. comment on column public.invoices.amount
--     2. comment on table public.invoices

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

COMMENT ON COLUMN public.invoices.amount IS 'Gross amount, tax included';

COMMENT ON TABLE public.invoices IS 'Invoices sent to customers';

COMMIT;


-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. undo: comment on table public.invoices
--     2. undo: comment on column public.invoices.amount

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

COMMENT ON TABLE public.invoices IS NULL;

COMMENT ON COLUMN public.invoices.amount IS 'gross amount';

COMMIT;


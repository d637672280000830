-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. add column public.items.price
--     2. add constraint items_price_check on public.items

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER TABLE public.items ADD COLUMN price numeric(10,2) DEFAULT 0 NOT NULL;

COMMENT ON COLUMN public.items.price IS 'net price';

ALTER TABLE public.items ADD CONSTRAINT items_price_check CHECK (price >= 0::numeric) NOT VALID;

COMMIT;


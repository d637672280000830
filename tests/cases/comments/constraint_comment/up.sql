-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 0 with warnings
--     1. comment on constraint public.products.products_price_check

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

COMMENT ON CONSTRAINT products_price_check ON public.products IS 'free products are allowed';

COMMIT;


-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 2 with warnings
--     1. undo: add value returned to public.order_status  [WARNING]
--     2. undo: add value paid to public.order_status  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';

-- WARNING: removes the values 'paid', 'returned' from public.order_status by rebuilding the type; fails while a row still holds one of them
BEGIN;

ALTER TYPE public.order_status RENAME TO order_status__pgmorph_old;

CREATE TYPE public.order_status AS ENUM ('pending', 'shipped', 'delivered');

ALTER TABLE public.orders ALTER COLUMN status DROP DEFAULT;

ALTER TABLE public.orders ALTER COLUMN status TYPE public.order_status USING status::text::public.order_status;

ALTER TABLE public.orders ALTER COLUMN status SET DEFAULT 'pending'::public.order_status;

DROP TYPE public.order_status__pgmorph_old;

COMMIT;

-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 1 with warnings
--     1. undo: add values to type public.order_status  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: D110 drop-enum-value [error; ACCESS EXCLUSIVE; rewrite; data loss]: public.order_status: recreates the enum without some values and rewrites the columns using it; rows holding a removed value make it fail
ALTER TYPE public.order_status RENAME TO order_status__pgmorph_old;

CREATE TYPE public.order_status AS ENUM ('pending', 'shipped', 'delivered');

ALTER TABLE public.orders ALTER COLUMN status DROP DEFAULT;

ALTER TABLE public.orders ALTER COLUMN status TYPE public.order_status USING status::text::public.order_status;

ALTER TABLE public.orders ALTER COLUMN status SET DEFAULT 'pending';

DROP TYPE public.order_status__pgmorph_old;

COMMIT;


-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 5 statement(s), 2 with warnings
--     1. undo: create index public.orders_unpaid_idx  [WARNING]
--     2. undo: add constraint orders_not_new on public.orders
--     3. undo: add values to type public.status  [WARNING]
--     4. undo: drop index public.orders_unpaid_idx
--     5. undo: drop constraint orders_not_new on public.orders

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

-- WARNING: D114 drop-index [warning]: public.orders_unpaid_idx: queries that used the index lose it (it is dropped CONCURRENTLY: no lock is held)
DROP INDEX CONCURRENTLY public.orders_unpaid_idx;

BEGIN;

ALTER TABLE public.orders DROP CONSTRAINT orders_not_new;

-- WARNING: D110 drop-enum-value [error; ACCESS EXCLUSIVE; rewrite; data loss]: public.status: recreates the enum without some values and rewrites the columns using it; rows holding a removed value make it fail
ALTER TYPE public.status RENAME TO status__pgmorph_old;

CREATE TYPE public.status AS ENUM ('new', 'paid');

ALTER TABLE public.orders ALTER COLUMN status DROP DEFAULT;

ALTER TABLE public.orders ALTER COLUMN status TYPE public.status USING status::text::public.status;

ALTER TABLE public.orders ALTER COLUMN status SET DEFAULT 'new';

DROP TYPE public.status__pgmorph_old;

COMMIT;

CREATE INDEX CONCURRENTLY orders_unpaid_idx ON public.orders USING btree (id) WHERE status = 'new';

BEGIN;

ALTER TABLE public.orders ADD CONSTRAINT orders_not_new CHECK (status <> 'new' OR id > 0);

COMMIT;


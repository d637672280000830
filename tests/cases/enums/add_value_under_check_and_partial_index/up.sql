-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 5 statement(s), 2 with warnings
--     1. drop constraint orders_not_new on public.orders  [WARNING]
--     2. drop index public.orders_unpaid_idx  [WARNING]
--     3. add values to type public.status
--     4. add constraint orders_not_new on public.orders
--     5. create index public.orders_unpaid_idx

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: D109 drop-constraint [warning; ACCESS EXCLUSIVE]: orders_not_new on public.orders: drops an integrity constraint (a foreign key also locks the referenced table)
ALTER TABLE public.orders DROP CONSTRAINT orders_not_new;

COMMIT;

-- WARNING: D114 drop-index [warning]: public.orders_unpaid_idx: queries that used the index lose it (it is dropped CONCURRENTLY: no lock is held)
DROP INDEX CONCURRENTLY public.orders_unpaid_idx;

ALTER TYPE public.status ADD VALUE 'refunded' AFTER 'paid';

BEGIN;

ALTER TABLE public.orders ADD CONSTRAINT orders_not_new CHECK (status <> 'new' OR id > 0) NOT VALID;

COMMIT;

BEGIN;

ALTER TABLE public.orders VALIDATE CONSTRAINT orders_not_new;

COMMIT;

CREATE INDEX CONCURRENTLY orders_unpaid_idx ON public.orders USING btree (id) WHERE status = 'new';


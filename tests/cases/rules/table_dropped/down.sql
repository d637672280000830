-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 4 statement(s), 2 with warnings
--     1. undo: drop table public.order_log  [WARNING]
--     2. undo: drop table public.orders  [WARNING]
--     3. undo: drop rule log_insert on public.orders (with its relation)
--     4. undo: drop rule keep_log on public.keep

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: recreates the structure of public.order_log, not its rows
CREATE TABLE public.order_log (
    order_id bigint NOT NULL,
    note text
);

-- WARNING: recreates the structure of public.orders, not its rows
CREATE TABLE public.orders (
    id bigint NOT NULL,
    status text NOT NULL,
    CONSTRAINT orders_pkey PRIMARY KEY (id)
);

CREATE RULE log_insert AS ON INSERT TO public.orders DO ALSO INSERT INTO order_log VALUES (new.id, new.status);

COMMENT ON RULE log_insert ON public.orders IS 'audit trail';

CREATE RULE keep_log AS ON DELETE TO public.keep DO ALSO INSERT INTO order_log VALUES (old.id, 'keep row deleted');

COMMIT;


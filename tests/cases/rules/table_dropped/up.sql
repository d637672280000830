-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 4 statement(s), 2 with warnings
--     1. drop rule keep_log on public.keep
--     2. drop rule log_insert on public.orders (with its relation)
--     3. drop table public.orders  [WARNING]
--     4. drop table public.order_log  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP RULE keep_log ON public.keep;

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.orders: drops the table and all its rows; the reverse restores the structure, not the rows
-- WARNING: down.sql recreates the structure of public.orders, not its rows
DROP TABLE public.orders;

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.order_log: drops the table and all its rows; the reverse restores the structure, not the rows
-- WARNING: down.sql recreates the structure of public.order_log, not its rows
DROP TABLE public.order_log;

COMMIT;


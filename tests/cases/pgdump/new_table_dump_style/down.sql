-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 6 statement(s), 1 with warnings
--     1. undo: change owner of table public.users
--     2. undo: create index public.orders_user_id_idx
--     3. undo: add constraint orders_user_id_fkey on public.orders
--     4. undo: set owner of sequence public.orders_id_seq
--     5. undo: create table public.orders  [WARNING]
--     6. undo: create sequence public.orders_id_seq

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER TABLE public.users OWNER TO CURRENT_USER;

DROP INDEX public.orders_user_id_idx;

ALTER TABLE public.orders DROP CONSTRAINT orders_user_id_fkey;

ALTER SEQUENCE public.orders_id_seq OWNED BY NONE;

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.orders: drops the table and all its rows; the reverse restores the structure, not the rows
DROP TABLE public.orders;

DROP SEQUENCE public.orders_id_seq;

COMMIT;


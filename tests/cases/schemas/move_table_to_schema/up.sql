-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 1 with warnings
--     1. create table archive.old_orders
--     2. drop table public.old_orders  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE TABLE archive.old_orders (
    id integer NOT NULL,
    placed_on date NOT NULL,
    CONSTRAINT old_orders_pkey PRIMARY KEY (id)
);

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.old_orders: drops the table and all its rows; the reverse restores the structure, not the rows
-- WARNING: down.sql recreates the structure of public.old_orders, not its rows
DROP TABLE public.old_orders;

COMMIT;


-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 2 with warnings
--     1. undo: drop table public.old_orders  [WARNING]
--     2. undo: create table archive.old_orders  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: recreates the structure of public.old_orders, not its rows
CREATE TABLE public.old_orders (
    id integer NOT NULL,
    placed_on date NOT NULL,
    CONSTRAINT old_orders_pkey PRIMARY KEY (id)
);

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: archive.old_orders: drops the table and all its rows; the reverse restores the structure, not the rows
DROP TABLE archive.old_orders;

COMMIT;


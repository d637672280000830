-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 10 statement(s), 5 with warnings
--     1. replace function public.double_it
--     2. drop function public.log_size  [WARNING]
--     3. drop table public.old_log  [WARNING]
--     4. drop function public.add_order  [WARNING]
--     5. drop function public.order_total  [WARNING]
--     6. change type of public.orders.amount  [WARNING]
--     7. create function public.note_length
--     8. create function public.add_order
--     9. create function public.order_total
--    10. create view public.doubled

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE OR REPLACE FUNCTION public.double_it(x int) RETURNS int LANGUAGE sql IMMUTABLE RETURN x + x;

-- WARNING: D112 drop-function [warning]: public.log_size: drops a function or procedure; callers the catalog cannot see fail at run time
DROP FUNCTION public.log_size();

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.old_log: drops the table and all its rows; the reverse restores the structure, not the rows
-- WARNING: down.sql recreates the structure of public.old_log, not its rows
DROP TABLE public.old_log;

-- WARNING: D112 drop-function [warning]: public.add_order: drops a function or procedure; callers the catalog cannot see fail at run time
DROP PROCEDURE public.add_order(bigint, integer);

-- WARNING: D112 drop-function [warning]: public.order_total: drops a function or procedure; callers the catalog cannot see fail at run time
DROP FUNCTION public.order_total();

-- WARNING: L113 column-type-change-rewrite [error; ACCESS EXCLUSIVE; rewrite]: public.orders.amount: integer -> bigint: rewrites the table and its indexes; values that do not convert or fit make it fail
ALTER TABLE public.orders ALTER COLUMN amount TYPE bigint;

CREATE OR REPLACE FUNCTION public.note_length(i bigint) RETURNS int LANGUAGE sql STABLE BEGIN ATOMIC SELECT length(note) FROM public.orders WHERE id = i; END;

CREATE OR REPLACE PROCEDURE public.add_order(i bigint, a int) LANGUAGE sql BEGIN ATOMIC INSERT INTO public.orders (id, amount) VALUES (i, a); END;

CREATE OR REPLACE FUNCTION public.order_total() RETURNS numeric LANGUAGE sql STABLE BEGIN ATOMIC SELECT sum(amount) FROM public.orders; END;

CREATE VIEW public.doubled AS SELECT id, public.double_it(amount::int) AS twice FROM public.orders;

COMMIT;


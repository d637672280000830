-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 10 statement(s), 2 with warnings
--     1. undo: create view public.doubled
--     2. undo: create function public.order_total
--     3. undo: create function public.add_order
--     4. undo: create function public.note_length
--     5. undo: change type of public.orders.amount  [WARNING]
--     6. undo: drop function public.order_total
--     7. undo: drop function public.add_order
--     8. undo: drop table public.old_log  [WARNING]
--     9. undo: drop function public.log_size
--    10. undo: replace function public.double_it

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP VIEW public.doubled;

DROP FUNCTION public.order_total();

DROP PROCEDURE public.add_order(bigint, integer);

DROP FUNCTION public.note_length(bigint);

-- WARNING: L113 column-type-change-rewrite [error; ACCESS EXCLUSIVE; rewrite]: public.orders.amount: bigint -> integer: rewrites the table and its indexes; values that do not convert or fit make it fail
ALTER TABLE public.orders ALTER COLUMN amount TYPE integer;

CREATE OR REPLACE FUNCTION public.order_total() RETURNS bigint LANGUAGE sql STABLE BEGIN ATOMIC SELECT sum(amount) FROM public.orders; END;

CREATE OR REPLACE PROCEDURE public.add_order(i bigint, a int) LANGUAGE sql BEGIN ATOMIC INSERT INTO public.orders (id, amount) VALUES (i, a); END;

-- WARNING: recreates the structure of public.old_log, not its rows
CREATE TABLE public.old_log (
    id integer
);

CREATE OR REPLACE FUNCTION public.log_size() RETURNS bigint LANGUAGE sql RETURN (SELECT count(*) FROM public.old_log);

CREATE OR REPLACE FUNCTION public.double_it(x int) RETURNS int LANGUAGE sql IMMUTABLE RETURN x * 2;

COMMIT;


-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 7 statement(s), 1 with warnings
--     1. drop view public.rich_a
--     2. drop function public.rich_named  [WARNING]
--     3. drop view public.rich
--     4. change type of public.accounts.balance
--     5. create view public.rich
--     6. create function public.rich_named
--     7. create view public.rich_a

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP VIEW public.rich_a;

-- WARNING: D112 drop-function [warning]: public.rich_named: drops a function or procedure; callers the catalog cannot see fail at run time
DROP FUNCTION public.rich_named(text);

DROP VIEW public.rich;

ALTER TABLE public.accounts ALTER COLUMN balance TYPE numeric(14,2);

CREATE VIEW public.rich AS SELECT id, name FROM public.accounts WHERE balance > 1000;

CREATE OR REPLACE FUNCTION public.rich_named(prefix text) RETURNS SETOF public.rich LANGUAGE sql STABLE AS $$ SELECT * FROM public.rich WHERE name LIKE prefix || '%' $$;

CREATE VIEW public.rich_a AS SELECT id FROM public.rich_named('a');

COMMIT;


-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 7 statement(s), 1 with warnings
--     1. undo: create view public.rich_a
--     2. undo: create function public.rich_named
--     3. undo: create view public.rich
--     4. undo: change type of public.accounts.balance  [WARNING]
--     5. undo: drop view public.rich
--     6. undo: drop function public.rich_named
--     7. undo: drop view public.rich_a

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP VIEW public.rich_a;

DROP FUNCTION public.rich_named(text);

DROP VIEW public.rich;

-- WARNING: L113 column-type-change-rewrite [error; ACCESS EXCLUSIVE; rewrite]: public.accounts.balance: numeric(14,2) -> numeric(12,2): rewrites the table and its indexes; values that do not convert or fit make it fail
ALTER TABLE public.accounts ALTER COLUMN balance TYPE numeric(12,2);

CREATE VIEW public.rich AS SELECT id, name FROM public.accounts WHERE balance > 1000;

CREATE OR REPLACE FUNCTION public.rich_named(prefix text) RETURNS SETOF public.rich LANGUAGE sql STABLE AS $$ SELECT * FROM public.rich WHERE name LIKE prefix || '%' $$;

CREATE VIEW public.rich_a AS SELECT id FROM public.rich_named('a');

COMMIT;


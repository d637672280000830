-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 1 with warnings
--     1. undo: change type of public.prices.amount  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: L113 column-type-change-rewrite [error; ACCESS EXCLUSIVE; rewrite]: public.prices.amount: numeric(14,4) -> numeric(10,2): rewrites the table and its indexes; values that do not convert or fit make it fail
ALTER TABLE public.prices ALTER COLUMN amount TYPE numeric(10,2);

COMMIT;


-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 1 with warnings
--     1. undo: change type of public.prices.amount  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';

BEGIN;

-- WARNING: L113 column-type-change-rewrite: public.prices.amount: numeric(14,4) -> numeric(10,2): changes a column type: may rewrite the table under ACCESS EXCLUSIVE and may truncate or reject values
ALTER TABLE public.prices ALTER COLUMN amount TYPE numeric(10,2);

COMMIT;


-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 2 with warnings
--     1. undo: change type of public.events.code  [WARNING]
--     2. undo: change type of public.events.happened_at  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: L113 column-type-change-rewrite [error; ACCESS EXCLUSIVE; rewrite]: public.events.code: uuid -> integer: rewrites the table and its indexes; values that do not convert or fit make it fail
ALTER TABLE public.events ALTER COLUMN code TYPE integer USING NULL;

-- WARNING: L113 column-type-change-rewrite [error; ACCESS EXCLUSIVE; rewrite]: public.events.happened_at: timestamp without time zone -> bigint: rewrites the table and its indexes; values that do not convert or fit make it fail
ALTER TABLE public.events ALTER COLUMN happened_at TYPE bigint USING extract(epoch FROM happened_at)::bigint;

COMMIT;


-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 2 with warnings
--     1. change type of public.events.happened_at  [WARNING]
--     2. change type of public.events.logged_at  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: L113 column-type-change-rewrite [error; ACCESS EXCLUSIVE; rewrite]: public.events.happened_at: timestamp without time zone -> timestamp(3) without time zone: rewrites the table and its indexes; values that do not convert or fit make it fail
ALTER TABLE public.events ALTER COLUMN happened_at TYPE timestamp(3) without time zone;

-- WARNING: L113 column-type-change-rewrite [error; ACCESS EXCLUSIVE; rewrite]: public.events.logged_at: timestamp with time zone -> timestamp(0) with time zone: rewrites the table and its indexes; values that do not convert or fit make it fail
ALTER TABLE public.events ALTER COLUMN logged_at TYPE timestamp(0) with time zone;

COMMIT;


-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 2 with warnings
--     1. change type of public.events.happened_at  [WARNING]
--     2. change type of public.events.code  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: L113 column-type-change-rewrite [error; ACCESS EXCLUSIVE; rewrite]: public.events.happened_at: bigint -> timestamp without time zone: rewrites the table and its indexes; values that do not convert or fit make it fail
ALTER TABLE public.events ALTER COLUMN happened_at TYPE timestamp without time zone USING to_timestamp(happened_at) AT TIME ZONE 'UTC';

-- WARNING: L113 column-type-change-rewrite [error; ACCESS EXCLUSIVE; rewrite]: public.events.code: integer -> uuid: rewrites the table and its indexes; values that do not convert or fit make it fail
ALTER TABLE public.events ALTER COLUMN code TYPE uuid USING NULL;

COMMIT;


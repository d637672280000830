-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 3 with warnings
--     1. change type of public.people.name  [WARNING]
--     2. drop collation public.german  [WARNING]
--     3. drop collation public.posix_copy  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: L113 column-type-change-rewrite [error; ACCESS EXCLUSIVE; rewrite]: public.people.name: text COLLATE public.german -> text: rewrites the table and its indexes; values that do not convert or fit make it fail
ALTER TABLE public.people ALTER COLUMN name TYPE text;

-- WARNING: D111 drop-type [warning]: public.german: drops a type
DROP COLLATION public.german;

-- WARNING: D111 drop-type [warning]: public.posix_copy: drops a type
DROP COLLATION public.posix_copy;

COMMIT;


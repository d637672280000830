-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 1 with warnings
--     1. undo: drop collation public.posix_copy
--     2. undo: drop collation public.german
--     3. undo: change type of public.people.name  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE COLLATION public.posix_copy (PROVIDER = libc, LC_COLLATE = 'POSIX', LC_CTYPE = 'POSIX');

CREATE COLLATION public.german (PROVIDER = icu, LOCALE = 'de-DE');

-- WARNING: L113 column-type-change-rewrite [error; ACCESS EXCLUSIVE; rewrite]: public.people.name: text -> text COLLATE public.german: rewrites the table and its indexes; values that do not convert or fit make it fail
ALTER TABLE public.people ALTER COLUMN name TYPE text COLLATE public.german;

COMMIT;


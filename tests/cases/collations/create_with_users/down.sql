-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 7 statement(s), 3 with warnings
--     1. undo: add column public.people.code  [WARNING]
--     2. undo: add column public.people.login  [WARNING]
--     3. undo: change type of public.people.name  [WARNING]
--     4. undo: create domain public.email
--     5. undo: create collation public.german
--     6. undo: create collation public.case_insensitive
--     7. undo: create collation public.bytewise

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: D102 drop-column [error; ACCESS EXCLUSIVE; data loss]: public.people.code: drops the column and its data; the reverse restores the column empty
ALTER TABLE public.people DROP COLUMN code;

-- WARNING: D102 drop-column [error; ACCESS EXCLUSIVE; data loss]: public.people.login: drops the column and its data; the reverse restores the column empty
ALTER TABLE public.people DROP COLUMN login;

-- WARNING: L113 column-type-change-rewrite [error; ACCESS EXCLUSIVE; rewrite]: public.people.name: text COLLATE public.german -> text: rewrites the table and its indexes; values that do not convert or fit make it fail
ALTER TABLE public.people ALTER COLUMN name TYPE text;

DROP DOMAIN public.email;

DROP COLLATION public.german;

DROP COLLATION public.case_insensitive;

DROP COLLATION public.bytewise;

COMMIT;


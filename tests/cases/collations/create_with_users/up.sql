-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 7 statement(s), 1 with warnings
--     1. create collation public.bytewise
--     2. create collation public.case_insensitive
--     3. create collation public.german
--     4. create domain public.email
--     5. change type of public.people.name  [WARNING]
--     6. add column public.people.login
--     7. add column public.people.code

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE COLLATION public.bytewise (PROVIDER = libc, LC_COLLATE = 'C', LC_CTYPE = 'C');

CREATE COLLATION public.case_insensitive (PROVIDER = icu, LOCALE = 'und-u-ks-level2', DETERMINISTIC = false);

CREATE COLLATION public.german (PROVIDER = icu, LOCALE = 'de-DE');

COMMENT ON COLLATION public.german IS 'phone book order';

CREATE DOMAIN public.email AS text COLLATE public.case_insensitive;

-- WARNING: L113 column-type-change-rewrite [error; ACCESS EXCLUSIVE; rewrite]: public.people.name: text -> text COLLATE public.german: rewrites the table and its indexes; values that do not convert or fit make it fail
ALTER TABLE public.people ALTER COLUMN name TYPE text COLLATE public.german;

ALTER TABLE public.people ADD COLUMN login public.email;

ALTER TABLE public.people ADD COLUMN code text COLLATE public.bytewise;

COMMIT;


-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 2 with warnings
--     1. undo: drop not null of public.contacts.phone  [WARNING]
--     2. undo: set not null of public.contacts.email  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: L108 set-not-null-scan [error; ACCESS EXCLUSIVE; scan]: public.contacts.phone: SET NOT NULL scans the table and fails on NULLs
ALTER TABLE public.contacts ALTER COLUMN phone SET NOT NULL;

-- WARNING: C106 drop-not-null [warning; ACCESS EXCLUSIVE]: public.contacts.email: readers and code that assumed a value meet NULLs
ALTER TABLE public.contacts ALTER COLUMN email DROP NOT NULL;

COMMIT;


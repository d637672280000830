-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 2 with warnings
--     1. set not null of public.contacts.email  [WARNING]
--     2. drop not null of public.contacts.phone  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: C116 not-null-data-dependent [warning; scan]: public.contacts.email: the CHECK that makes SET NOT NULL online is validated by a scan (no write lock) and fails when the column holds NULLs
ALTER TABLE public.contacts ADD CONSTRAINT contacts_email_not_null CHECK (email IS NOT NULL) NOT VALID;

COMMIT;

BEGIN;

ALTER TABLE public.contacts VALIDATE CONSTRAINT contacts_email_not_null;

COMMIT;

BEGIN;

ALTER TABLE public.contacts ALTER COLUMN email SET NOT NULL;

ALTER TABLE public.contacts DROP CONSTRAINT contacts_email_not_null;

-- WARNING: C106 drop-not-null [warning; ACCESS EXCLUSIVE]: public.contacts.phone: readers and code that assumed a value meet NULLs
ALTER TABLE public.contacts ALTER COLUMN phone DROP NOT NULL;

COMMIT;


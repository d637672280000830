-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. set not null of public.contacts.email
--     2. drop not null of public.contacts.phone

SET check_function_bodies = false;
SET lock_timeout = '10s';

BEGIN;

ALTER TABLE public.contacts ALTER COLUMN email SET NOT NULL;

ALTER TABLE public.contacts ALTER COLUMN phone DROP NOT NULL;

COMMIT;


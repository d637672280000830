-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. undo: drop not null of public.contacts.phone
--     2. undo: set not null of public.contacts.email

SET check_function_bodies = false;
SET lock_timeout = '10s';

BEGIN;

ALTER TABLE public.contacts ALTER COLUMN phone SET NOT NULL;

ALTER TABLE public.contacts ALTER COLUMN email DROP NOT NULL;

COMMIT;


-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 1 with warnings
--     1. drop constraint users_email_key on public.users  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: D109 drop-constraint [warning; ACCESS EXCLUSIVE]: users_email_key on public.users: drops an integrity constraint (a foreign key also locks the referenced table)
ALTER TABLE public.users DROP CONSTRAINT users_email_key;

COMMIT;


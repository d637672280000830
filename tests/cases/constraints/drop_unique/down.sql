-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 0 with warnings
--     1. undo: drop constraint users_email_key on public.users

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER TABLE public.users ADD CONSTRAINT users_email_key UNIQUE (email);

COMMIT;


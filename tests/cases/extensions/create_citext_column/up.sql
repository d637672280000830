-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 0 with warnings
--     1. create extension citext
--     2. add column public.accounts.email
--     3. add constraint accounts_email_key on public.accounts

SET check_function_bodies = false;
SET lock_timeout = '10s';

BEGIN;

CREATE EXTENSION citext;

ALTER TABLE public.accounts ADD COLUMN email public.citext NOT NULL;

ALTER TABLE public.accounts ADD CONSTRAINT accounts_email_key UNIQUE (email);

COMMIT;


-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. create domain public.email
--     2. add column public.users.email

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE DOMAIN public.email AS text CONSTRAINT email_check CHECK (value ~ '^[^@]+@[^@]+$');

ALTER TABLE public.users ADD COLUMN email public.email;

COMMIT;


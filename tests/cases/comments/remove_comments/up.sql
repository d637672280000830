-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. comment on column public.users.email
--     2. comment on table public.users

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

COMMENT ON COLUMN public.users.email IS NULL;

COMMENT ON TABLE public.users IS NULL;

COMMIT;


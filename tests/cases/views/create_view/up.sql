-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 0 with warnings
--     1. create view public.active_accounts

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE VIEW public.active_accounts AS SELECT id, email FROM public.accounts WHERE active;

COMMIT;


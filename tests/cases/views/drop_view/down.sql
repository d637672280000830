-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 0 with warnings
--     1. undo: drop view public.inactive_accounts

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE VIEW public.inactive_accounts AS SELECT id FROM public.accounts WHERE NOT active;

COMMIT;


-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. undo: create rule soft_delete on public.accounts
--     2. undo: create rule frozen on public.accounts

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP RULE soft_delete ON public.accounts;

DROP RULE frozen ON public.accounts;

COMMIT;


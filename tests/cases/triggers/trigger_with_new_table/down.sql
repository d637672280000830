-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 1 with warnings
--     1. undo: create trigger users_audit on public.users
--     2. undo: create table public.user_audit  [WARNING]
--     3. undo: create function public.log_user_change

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP TRIGGER users_audit ON public.users;

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.user_audit: drops the table and all its rows; the reverse restores the structure, not the rows
DROP TABLE public.user_audit;

DROP FUNCTION public.log_user_change();

COMMIT;


-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 1 with warnings
--     1. undo: add column public.users.email  [WARNING]
--     2. undo: create domain public.email

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: D102 drop-column [error; ACCESS EXCLUSIVE; data loss]: public.users.email: drops the column and its data; the reverse restores the column empty
ALTER TABLE public.users DROP COLUMN email;

DROP DOMAIN public.email;

COMMIT;


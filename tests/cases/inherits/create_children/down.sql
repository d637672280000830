-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 2 with warnings
--     1. undo: create index public.audit_users_user_id
--     2. undo: create table public.audit_users  [WARNING]
--     3. undo: create table public.audit_orders  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP INDEX public.audit_users_user_id;

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.audit_users: drops the table and all its rows; the reverse restores the structure, not the rows
DROP TABLE public.audit_users;

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.audit_orders: drops the table and all its rows; the reverse restores the structure, not the rows
DROP TABLE public.audit_orders;

COMMIT;


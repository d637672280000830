-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 5 statement(s), 4 with warnings
--     1. undo: create index public.accounts_email_idx
--     2. undo: create table public.scratch  [WARNING]
--     3. undo: create table public.orders  [WARNING]
--     4. undo: create table public.audit_log  [WARNING]
--     5. undo: create table public.accounts  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP INDEX public.accounts_email_idx;

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.scratch: drops the table and all its rows; the reverse restores the structure, not the rows
DROP TABLE public.scratch;

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.orders: drops the table and all its rows; the reverse restores the structure, not the rows
DROP TABLE public.orders;

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.audit_log: drops the table and all its rows; the reverse restores the structure, not the rows
DROP TABLE public.audit_log;

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.accounts: drops the table and all its rows; the reverse restores the structure, not the rows
DROP TABLE public.accounts;

COMMIT;


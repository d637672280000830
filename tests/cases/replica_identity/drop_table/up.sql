-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 5 statement(s), 4 with warnings
--     1. drop index public.accounts_email_idx
--     2. drop table public.accounts  [WARNING]
--     3. drop table public.audit_log  [WARNING]
--     4. drop table public.orders  [WARNING]
--     5. drop table public.scratch  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP INDEX public.accounts_email_idx;

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.accounts: drops the table and all its rows; the reverse restores the structure, not the rows
-- WARNING: down.sql recreates the structure of public.accounts, not its rows
DROP TABLE public.accounts;

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.audit_log: drops the table and all its rows; the reverse restores the structure, not the rows
-- WARNING: down.sql recreates the structure of public.audit_log, not its rows
DROP TABLE public.audit_log;

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.orders: drops the table and all its rows; the reverse restores the structure, not the rows
-- WARNING: down.sql recreates the structure of public.orders, not its rows
DROP TABLE public.orders;

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.scratch: drops the table and all its rows; the reverse restores the structure, not the rows
-- WARNING: down.sql recreates the structure of public.scratch, not its rows
DROP TABLE public.scratch;

COMMIT;


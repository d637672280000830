-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 4 statement(s), 4 with warnings
--     1. set replica identity of public.accounts  [WARNING]
--     2. drop index public.accounts_email_idx  [WARNING]
--     3. create index public.accounts_email_idx  [WARNING]
--     4. set replica identity of public.accounts  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: C111 replica-identity-change [warning; ACCESS EXCLUSIVE]: public.accounts: logical replication and CDC consumers get other old-row columns for UPDATE and DELETE (or none)
ALTER TABLE public.accounts REPLICA IDENTITY DEFAULT;

COMMIT;

-- WARNING: D114 drop-index [warning]: public.accounts_email_idx: queries that used the index lose it (it is dropped CONCURRENTLY: no lock is held)
DROP INDEX CONCURRENTLY public.accounts_email_idx;

-- WARNING: C110 unique-index-data-dependent [warning; index build]: public.accounts_email_idx: a new unique index fails on duplicates already in the table
CREATE UNIQUE INDEX CONCURRENTLY accounts_email_idx ON public.accounts USING btree (tenant, email);

BEGIN;

-- WARNING: C111 replica-identity-change [warning; ACCESS EXCLUSIVE]: public.accounts: logical replication and CDC consumers get other old-row columns for UPDATE and DELETE (or none)
ALTER TABLE public.accounts REPLICA IDENTITY USING INDEX accounts_email_idx;

COMMIT;


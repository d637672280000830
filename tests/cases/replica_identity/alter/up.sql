-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 6 statement(s), 6 with warnings
--     1. set not null of public.audit_log.id  [WARNING]
--     2. create index public.audit_log_id_idx  [WARNING]
--     3. set replica identity of public.accounts  [WARNING]
--     4. drop index public.accounts_email_idx  [WARNING]
--     5. set replica identity of public.audit_log  [WARNING]
--     6. set replica identity of public.scratch  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: C116 not-null-data-dependent [warning; scan]: public.audit_log.id: the CHECK that makes SET NOT NULL online is validated by a scan (no write lock) and fails when the column holds NULLs
ALTER TABLE public.audit_log ADD CONSTRAINT audit_log_id_not_null CHECK (id IS NOT NULL) NOT VALID;

COMMIT;

BEGIN;

ALTER TABLE public.audit_log VALIDATE CONSTRAINT audit_log_id_not_null;

COMMIT;

BEGIN;

ALTER TABLE public.audit_log ALTER COLUMN id SET NOT NULL;

ALTER TABLE public.audit_log DROP CONSTRAINT audit_log_id_not_null;

COMMIT;

-- WARNING: C110 unique-index-data-dependent [warning; index build]: public.audit_log_id_idx: a new unique index fails on duplicates already in the table
CREATE UNIQUE INDEX CONCURRENTLY audit_log_id_idx ON public.audit_log USING btree (id);

BEGIN;

-- WARNING: C111 replica-identity-change [warning; ACCESS EXCLUSIVE]: public.accounts: logical replication and CDC consumers get other old-row columns for UPDATE and DELETE (or none)
ALTER TABLE public.accounts REPLICA IDENTITY FULL;

COMMIT;

-- WARNING: D114 drop-index [warning]: public.accounts_email_idx: queries that used the index lose it (it is dropped CONCURRENTLY: no lock is held)
DROP INDEX CONCURRENTLY public.accounts_email_idx;

BEGIN;

-- WARNING: C111 replica-identity-change [warning; ACCESS EXCLUSIVE]: public.audit_log: logical replication and CDC consumers get other old-row columns for UPDATE and DELETE (or none)
ALTER TABLE public.audit_log REPLICA IDENTITY USING INDEX audit_log_id_idx;

-- WARNING: C111 replica-identity-change [warning; ACCESS EXCLUSIVE]: public.scratch: logical replication and CDC consumers get other old-row columns for UPDATE and DELETE (or none)
ALTER TABLE public.scratch REPLICA IDENTITY USING INDEX scratch_pkey;

COMMIT;


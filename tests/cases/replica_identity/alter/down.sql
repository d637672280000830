-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 6 statement(s), 5 with warnings
--     1. undo: set replica identity of public.scratch  [WARNING]
--     2. undo: set replica identity of public.audit_log  [WARNING]
--     3. undo: drop index public.accounts_email_idx
--     4. undo: set replica identity of public.accounts  [WARNING]
--     5. undo: create index public.audit_log_id_idx  [WARNING]
--     6. undo: set not null of public.audit_log.id  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: C111 replica-identity-change [warning; ACCESS EXCLUSIVE]: public.scratch: logical replication and CDC consumers get other old-row columns for UPDATE and DELETE (or none)
ALTER TABLE public.scratch REPLICA IDENTITY FULL;

-- WARNING: C111 replica-identity-change [warning; ACCESS EXCLUSIVE]: public.audit_log: logical replication and CDC consumers get other old-row columns for UPDATE and DELETE (or none)
ALTER TABLE public.audit_log REPLICA IDENTITY DEFAULT;

COMMIT;

CREATE UNIQUE INDEX CONCURRENTLY accounts_email_idx ON public.accounts USING btree (email);

BEGIN;

-- WARNING: C111 replica-identity-change [warning; ACCESS EXCLUSIVE]: public.accounts: logical replication and CDC consumers get other old-row columns for UPDATE and DELETE (or none)
ALTER TABLE public.accounts REPLICA IDENTITY USING INDEX accounts_email_idx;

COMMIT;

-- WARNING: D114 drop-index [warning]: public.audit_log_id_idx: queries that used the index lose it (it is dropped CONCURRENTLY: no lock is held)
DROP INDEX CONCURRENTLY public.audit_log_id_idx;

BEGIN;

-- WARNING: C106 drop-not-null [warning; ACCESS EXCLUSIVE]: public.audit_log.id: readers and code that assumed a value meet NULLs
ALTER TABLE public.audit_log ALTER COLUMN id DROP NOT NULL;

COMMIT;


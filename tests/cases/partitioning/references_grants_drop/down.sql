-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 8 statement(s), 6 with warnings
--     1. undo: drop table public.old_events  [WARNING]
--     2. undo: drop table public.old_events_2021  [WARNING]
--     3. undo: drop table public.old_events_2020  [WARNING]
--     4. undo: change privileges on table public.accounts_eu  [WARNING]
--     5. undo: comment on table public.accounts_eu
--     6. undo: add constraint payments_account_id_region_fkey on public.payments
--     7. undo: create table public.payments  [WARNING]
--     8. undo: create table public.accounts_asia  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: recreates the structure of public.old_events, not its rows
CREATE TABLE public.old_events (
    id bigint NOT NULL,
    at date NOT NULL
) PARTITION BY RANGE (at);

-- WARNING: recreates the structure of public.old_events_2021, not its rows
CREATE TABLE public.old_events_2021 PARTITION OF public.old_events FOR VALUES FROM ('2021-01-01') TO ('2022-01-01');

-- WARNING: recreates the structure of public.old_events_2020, not its rows
CREATE TABLE public.old_events_2020 PARTITION OF public.old_events FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');

-- WARNING: C113 authz-change [warning]: privileges revoked on table public.accounts_eu: changes who may read or write what (privileges, row level security, policies)
REVOKE SELECT ON TABLE public.accounts_eu FROM PUBLIC;

COMMENT ON TABLE public.accounts_eu IS NULL;

ALTER TABLE public.payments DROP CONSTRAINT payments_account_id_region_fkey;

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.payments: drops the table and all its rows; the reverse restores the structure, not the rows
DROP TABLE public.payments;

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.accounts_asia: drops the table and all its rows; the reverse restores the structure, not the rows
DROP TABLE public.accounts_asia;

COMMIT;


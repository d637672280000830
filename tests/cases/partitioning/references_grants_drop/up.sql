-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 8 statement(s), 3 with warnings
--     1. create table public.accounts_asia
--     2. create table public.payments
--     3. add constraint payments_account_id_region_fkey on public.payments
--     4. comment on table public.accounts_eu
--     5. change privileges on table public.accounts_eu
--     6. drop table public.old_events_2020  [WARNING]
--     7. drop table public.old_events_2021  [WARNING]
--     8. drop table public.old_events  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE TABLE public.accounts_asia PARTITION OF public.accounts FOR VALUES IN ('asia');

CREATE TABLE public.payments (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    region text NOT NULL,
    CONSTRAINT payments_pkey PRIMARY KEY (id)
);

ALTER TABLE public.payments ADD CONSTRAINT payments_account_id_region_fkey FOREIGN KEY (account_id, region) REFERENCES public.accounts (id, region);

COMMENT ON TABLE public.accounts_eu IS 'EU accounts';

GRANT SELECT ON TABLE public.accounts_eu TO PUBLIC;

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.old_events_2020: drops the table and all its rows; the reverse restores the structure, not the rows
-- WARNING: down.sql recreates the structure of public.old_events_2020, not its rows
DROP TABLE public.old_events_2020;

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.old_events_2021: drops the table and all its rows; the reverse restores the structure, not the rows
-- WARNING: down.sql recreates the structure of public.old_events_2021, not its rows
DROP TABLE public.old_events_2021;

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.old_events: drops the table and all its rows; the reverse restores the structure, not the rows
-- WARNING: down.sql recreates the structure of public.old_events, not its rows
DROP TABLE public.old_events;

COMMIT;


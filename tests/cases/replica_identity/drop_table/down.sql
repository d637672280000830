-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 5 statement(s), 4 with warnings
--     1. undo: drop table public.scratch  [WARNING]
--     2. undo: drop table public.orders  [WARNING]
--     3. undo: drop table public.audit_log  [WARNING]
--     4. undo: drop table public.accounts  [WARNING]
--     5. undo: drop index public.accounts_email_idx

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: recreates the structure of public.scratch, not its rows
CREATE TABLE public.scratch (
    id bigint
);

ALTER TABLE public.scratch REPLICA IDENTITY NOTHING;

-- WARNING: recreates the structure of public.orders, not its rows
CREATE TABLE public.orders (
    id bigint NOT NULL,
    code text NOT NULL,
    CONSTRAINT orders_code_key UNIQUE (code)
);

ALTER TABLE public.orders REPLICA IDENTITY USING INDEX orders_code_key;

-- WARNING: recreates the structure of public.audit_log, not its rows
CREATE TABLE public.audit_log (
    id bigint,
    entry text
);

ALTER TABLE public.audit_log REPLICA IDENTITY FULL;

-- WARNING: recreates the structure of public.accounts, not its rows
CREATE TABLE public.accounts (
    id bigint NOT NULL,
    email text NOT NULL,
    CONSTRAINT accounts_pkey PRIMARY KEY (id)
);

CREATE UNIQUE INDEX accounts_email_idx ON public.accounts USING btree (email);

ALTER TABLE public.accounts REPLICA IDENTITY USING INDEX accounts_email_idx;

COMMIT;


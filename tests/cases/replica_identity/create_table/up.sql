-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 5 statement(s), 0 with warnings
--     1. create table public.accounts
--     2. create table public.audit_log
--     3. create table public.orders
--     4. create table public.scratch
--     5. create index public.accounts_email_idx

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE TABLE public.accounts (
    id bigint NOT NULL,
    email text NOT NULL,
    CONSTRAINT accounts_pkey PRIMARY KEY (id)
);

CREATE TABLE public.audit_log (
    id bigint,
    entry text
);

ALTER TABLE public.audit_log REPLICA IDENTITY FULL;

CREATE TABLE public.orders (
    id bigint NOT NULL,
    code text NOT NULL,
    CONSTRAINT orders_code_key UNIQUE (code)
);

ALTER TABLE public.orders REPLICA IDENTITY USING INDEX orders_code_key;

CREATE TABLE public.scratch (
    id bigint
);

ALTER TABLE public.scratch REPLICA IDENTITY NOTHING;

CREATE UNIQUE INDEX accounts_email_idx ON public.accounts USING btree (email);

ALTER TABLE public.accounts REPLICA IDENTITY USING INDEX accounts_email_idx;

COMMIT;


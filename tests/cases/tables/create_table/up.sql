-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 0 with warnings
--     1. create table public.audit_entries

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE TABLE public.audit_entries (
    id bigint NOT NULL,
    user_id integer,
    action character varying(32) NOT NULL,
    payload jsonb,
    created_at timestamp(3) with time zone DEFAULT now() NOT NULL,
    CONSTRAINT audit_entries_pkey PRIMARY KEY (id)
);

COMMIT;


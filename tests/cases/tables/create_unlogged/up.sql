-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 0 with warnings
--     1. create table public.cache_entries

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE UNLOGGED TABLE public.cache_entries (
    key text NOT NULL,
    value bytea,
    expires_at timestamp with time zone,
    CONSTRAINT cache_entries_pkey PRIMARY KEY (key)
);

COMMIT;


-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 1 with warnings
--     1. undo: drop table public.legacy_sessions  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: recreates the structure of public.legacy_sessions, not its rows
CREATE TABLE public.legacy_sessions (
    token text NOT NULL,
    user_id integer NOT NULL,
    expires_at timestamp without time zone NOT NULL,
    CONSTRAINT legacy_sessions_pkey PRIMARY KEY (token)
);

COMMIT;


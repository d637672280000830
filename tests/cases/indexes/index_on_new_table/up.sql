-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. create table public.sessions
--     2. create index public.sessions_user_id_idx

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE TABLE public.sessions (
    id uuid NOT NULL,
    user_id integer NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    CONSTRAINT sessions_pkey PRIMARY KEY (id)
);

CREATE INDEX sessions_user_id_idx ON public.sessions USING btree (user_id);

COMMIT;


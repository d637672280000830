-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 0 with warnings
--     1. create table public.api_keys

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE TABLE public.api_keys (
    key text NOT NULL,
    user_id integer NOT NULL,
    CONSTRAINT api_keys_pkey PRIMARY KEY (key)
);

COMMENT ON TABLE public.api_keys IS 'hashed API keys';

COMMENT ON COLUMN public.api_keys.key IS 'sha256 of the key';

COMMIT;


-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. create type public.priority
--     2. add column public.tickets.priority

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE TYPE public.priority AS ENUM ('low', 'normal', 'high');

ALTER TABLE public.tickets ADD COLUMN priority public.priority DEFAULT 'normal' NOT NULL;

COMMIT;


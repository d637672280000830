-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 0 with warnings
--     1. replace function public.greet

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE OR REPLACE FUNCTION public.greet(who text, greeting text = 'Hi') RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT greeting || ', ' || who $$;

COMMIT;


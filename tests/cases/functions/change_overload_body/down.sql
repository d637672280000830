-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 0 with warnings
--     1. undo: replace function public.fmt

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE OR REPLACE FUNCTION public.fmt(v numeric) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT v::text $$;

COMMIT;


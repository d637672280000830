-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. create view public.v
--     2. create function public.g

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE VIEW public.v AS SELECT a FROM t;

CREATE OR REPLACE FUNCTION public.g() RETURNS SETOF public.v LANGUAGE sql AS $$SELECT * FROM v$$;

COMMIT;


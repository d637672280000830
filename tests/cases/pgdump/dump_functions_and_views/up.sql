-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. create function public.double_it
--     2. create view public.t_doubled

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE OR REPLACE FUNCTION public.double_it(x int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT x * 2 $$;

ALTER FUNCTION public.double_it(integer) OWNER TO postgres;

CREATE VIEW public.t_doubled AS SELECT t.id, public.double_it(t.id) AS doubled FROM public.t;

ALTER VIEW public.t_doubled OWNER TO postgres;

COMMIT;


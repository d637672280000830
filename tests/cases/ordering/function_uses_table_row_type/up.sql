-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. create table public.u
--     2. create function public.f

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE TABLE public.u (
    x integer,
    y text
);

CREATE OR REPLACE FUNCTION public.f(public.u) RETURNS public.u LANGUAGE sql AS $$SELECT $1$$;

COMMIT;


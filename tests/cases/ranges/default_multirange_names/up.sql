-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 4 statement(s), 0 with warnings
--     1. create type public.myrangetype
--     2. create type public.span
--     3. add column public.t.s
--     4. add column public.t.m

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE TYPE public.myrangetype AS RANGE (SUBTYPE = bigint);

CREATE TYPE public.span AS RANGE (SUBTYPE = integer);

ALTER TABLE public.t ADD COLUMN s public.span_multirange;

ALTER TABLE public.t ADD COLUMN m public.mymultirangetype;

COMMIT;


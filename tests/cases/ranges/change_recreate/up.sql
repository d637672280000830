-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 1 with warnings
--     1. drop type public.floatrange  [WARNING]
--     2. create type public.floatrange
--     3. create table public.spans

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: D111 drop-type [warning]: public.floatrange: drops a type
DROP TYPE public.floatrange;

CREATE TYPE public.floatrange AS RANGE (SUBTYPE = double precision, SUBTYPE_DIFF = float8mi);

COMMENT ON TYPE public.floatrange IS 'any span of floats';

CREATE TABLE public.spans (
    id integer NOT NULL,
    covered public.floatmultirange,
    CONSTRAINT spans_pkey PRIMARY KEY (id)
);

COMMIT;


-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 4 statement(s), 0 with warnings
--     1. create type public.semver_triple
--     2. create function public.to_semver
--     3. create table public.releases
--     4. create index public.versions_semver

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE TYPE public.semver_triple AS (major numeric, minor numeric, teeny numeric);

COMMENT ON TYPE public.semver_triple IS 'major, minor and patch of a version';

CREATE OR REPLACE FUNCTION public.to_semver(text) RETURNS public.semver_triple LANGUAGE sql IMMUTABLE AS $$
  SELECT (split_part($1, '.', 1)::numeric, split_part($1, '.', 2)::numeric, split_part($1, '.', 3)::numeric)::semver_triple
$$;

CREATE TABLE public.releases (
    id integer NOT NULL,
    version public.semver_triple,
    CONSTRAINT releases_pkey PRIMARY KEY (id)
);

COMMIT;

CREATE INDEX CONCURRENTLY versions_semver ON public.versions USING btree (to_semver(num::text));


-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. create schema util
--     2. create function util.slugify

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE SCHEMA util;

CREATE OR REPLACE FUNCTION util.slugify(s text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(regexp_replace(s, '[^a-zA-Z0-9]+', '-', 'g')) $$;

COMMIT;


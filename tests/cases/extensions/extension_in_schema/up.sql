-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 0 with warnings
--     1. create schema ext
--     2. create extension hstore
--     3. add column public.docs.meta

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE SCHEMA ext;

CREATE EXTENSION hstore WITH SCHEMA ext;

ALTER TABLE public.docs ADD COLUMN meta ext.hstore;

COMMIT;


-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 1 with warnings
--     1. undo: add column public.docs.meta  [WARNING]
--     2. undo: create extension hstore
--     3. undo: create schema ext

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: D102 drop-column [error; ACCESS EXCLUSIVE; data loss]: public.docs.meta: drops the column and its data; the reverse restores the column empty
ALTER TABLE public.docs DROP COLUMN meta;

DROP EXTENSION hstore;

DROP SCHEMA ext;

COMMIT;


-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. create schema ext
--     2. alter extension citext set schema ext

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE SCHEMA ext;

ALTER EXTENSION citext SET SCHEMA ext;

COMMIT;


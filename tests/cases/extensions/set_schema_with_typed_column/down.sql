-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. undo: alter extension citext set schema ext
--     2. undo: create schema ext

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER EXTENSION citext SET SCHEMA public;

DROP SCHEMA ext;

COMMIT;


-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. undo: create function util.slugify
--     2. undo: create schema util

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP FUNCTION util.slugify(text);

DROP SCHEMA util;

COMMIT;


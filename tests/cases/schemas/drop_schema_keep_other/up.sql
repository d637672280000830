-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 1 with warnings
--     1. drop schema staging  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: D103 drop-schema [error; ACCESS EXCLUSIVE; data loss]: staging: drops the schema
DROP SCHEMA staging;

COMMIT;


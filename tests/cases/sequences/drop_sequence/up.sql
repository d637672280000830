-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 1 with warnings
--     1. drop sequence public.legacy_ids  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: D108 drop-sequence [warning; ACCESS EXCLUSIVE; data loss]: public.legacy_ids: drops the sequence; its current value is lost
-- WARNING: down.sql recreates public.legacy_ids at its start value, not at its last value
DROP SEQUENCE public.legacy_ids;

COMMIT;


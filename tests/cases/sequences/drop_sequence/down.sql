-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 1 with warnings
--     1. undo: drop sequence public.legacy_ids  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: recreates public.legacy_ids at its start value, not at its last value
CREATE SEQUENCE public.legacy_ids AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 500 CACHE 1 NO CYCLE;

COMMIT;


-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. undo: create function public.check_password
--     2. undo: create extension pgcrypto

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP FUNCTION public.check_password(integer, text);

DROP EXTENSION pgcrypto;

COMMIT;


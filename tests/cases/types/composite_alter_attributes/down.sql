-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 0 with warnings
--     1. undo: alter type public.address

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER TYPE public.address DROP ATTRIBUTE country, ALTER ATTRIBUTE city TYPE text COLLATE "C", ADD ATTRIBUTE zip integer;

COMMIT;


-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 0 with warnings
--     1. alter type public.address

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER TYPE public.address DROP ATTRIBUTE zip, ALTER ATTRIBUTE city TYPE character varying(100), ADD ATTRIBUTE country text;

COMMIT;


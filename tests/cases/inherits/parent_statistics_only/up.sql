-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 0 with warnings
--     1. set statistics target of public.events.payload

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER TABLE ONLY public.events ALTER COLUMN payload SET STATISTICS 500;

COMMIT;


-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 0 with warnings
--     1. undo: drop domain public.percent

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE DOMAIN public.percent AS numeric(5,2) CONSTRAINT percent_check CHECK (value >= 0 AND value <= 100);

COMMIT;


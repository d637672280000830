-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 0 with warnings
--     1. undo: drop check us_zip_format of domain public.us_zip

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER DOMAIN public.us_zip ADD CONSTRAINT us_zip_format CHECK (value ~ '^[0-9]{5}$');

COMMIT;


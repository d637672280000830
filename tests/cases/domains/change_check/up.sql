-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. drop check rating_range of domain public.rating
--     2. add check rating_range of domain public.rating

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER DOMAIN public.rating DROP CONSTRAINT rating_range;

ALTER DOMAIN public.rating ADD CONSTRAINT rating_range CHECK (value >= 1 AND value <= 10);

COMMIT;


-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 0 with warnings
--     1. add check positive_int_check of domain public.positive_int

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER DOMAIN public.positive_int ADD CONSTRAINT positive_int_check CHECK (value > 0);

COMMIT;


-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 4 statement(s), 0 with warnings
--     1. drop default of domain public.label
--     2. change not null of domain public.label
--     3. set default of domain public.quantity
--     4. change not null of domain public.quantity

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER DOMAIN public.label DROP DEFAULT;

ALTER DOMAIN public.label DROP NOT NULL;

ALTER DOMAIN public.quantity SET DEFAULT 1;

ALTER DOMAIN public.quantity SET NOT NULL;

COMMIT;


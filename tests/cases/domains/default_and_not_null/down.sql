-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 4 statement(s), 0 with warnings
--     1. undo: change not null of domain public.quantity
--     2. undo: set default of domain public.quantity
--     3. undo: change not null of domain public.label
--     4. undo: drop default of domain public.label

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER DOMAIN public.quantity DROP NOT NULL;

ALTER DOMAIN public.quantity DROP DEFAULT;

ALTER DOMAIN public.label SET NOT NULL;

ALTER DOMAIN public.label SET DEFAULT 'none';

COMMIT;


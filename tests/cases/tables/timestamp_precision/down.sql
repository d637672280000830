-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. undo: change type of public.events.logged_at
--     2. undo: change type of public.events.happened_at

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER TABLE public.events ALTER COLUMN logged_at TYPE timestamp with time zone;

ALTER TABLE public.events ALTER COLUMN happened_at TYPE timestamp without time zone;

COMMIT;


-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 0 with warnings
--     1. drop type public.mood

SET check_function_bodies = false;
SET lock_timeout = '10s';

BEGIN;

DROP TYPE public.mood;

COMMIT;


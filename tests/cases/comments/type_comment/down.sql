-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. undo: comment on domain public.hex_color
--     2. undo: comment on type public.color

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

COMMENT ON DOMAIN public.hex_color IS NULL;

COMMENT ON TYPE public.color IS NULL;

COMMIT;


-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. comment on type public.color
--     2. comment on domain public.hex_color

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

COMMENT ON TYPE public.color IS 'primary colors';

COMMENT ON DOMAIN public.hex_color IS 'lower-case #rrggbb';

COMMIT;


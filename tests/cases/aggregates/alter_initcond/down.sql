-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. undo: change privileges on function public.glue(text)
--     2. undo: replace aggregate public.glue

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

GRANT EXECUTE ON FUNCTION public.glue(text) TO PUBLIC;

CREATE OR REPLACE AGGREGATE public.glue(text) (SFUNC = public.concat_step, STYPE = text, FINALFUNC = public.shout, INITCOND = '');

COMMIT;


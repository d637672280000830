-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 1 with warnings
--     1. replace aggregate public.glue
--     2. change privileges on function public.glue(text)  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE OR REPLACE AGGREGATE public.glue(text) (SFUNC = public.concat_step, STYPE = text, FINALFUNC = public.shout, INITCOND = '>', PARALLEL = SAFE);

-- WARNING: C113 authz-change [warning]: privileges revoked on function public.glue(text): changes who may read or write what (privileges, row level security, policies)
REVOKE EXECUTE ON FUNCTION public.glue(text) FROM PUBLIC;

COMMIT;


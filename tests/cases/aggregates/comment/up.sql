-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. create aggregate public.joined
--     2. comment on aggregate public.total(integer)

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE OR REPLACE AGGREGATE public.joined(text) (SFUNC = textcat, STYPE = text, INITCOND = '');

COMMENT ON AGGREGATE public.joined(text) IS 'all the texts, run together';

COMMENT ON AGGREGATE public.total(integer) IS 'the sum, NULL when empty';

COMMIT;


-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. create aggregate public.count_old
--     2. create aggregate public.sum_old

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE OR REPLACE AGGREGATE public.count_old(*) (SFUNC = int8inc, STYPE = bigint, INITCOND = '0');

CREATE OR REPLACE AGGREGATE public.sum_old(bigint) (SFUNC = int8pl, STYPE = bigint);

COMMIT;


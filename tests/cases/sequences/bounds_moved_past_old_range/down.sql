-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 0 with warnings
--     1. undo: alter sequence public.s

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER SEQUENCE public.s AS bigint MINVALUE 1 MAXVALUE 100;

SELECT pg_catalog.setval('public.s', 5, false) FROM public.s WHERE NOT is_called AND (last_value < 1 OR last_value > 10);

SELECT pg_catalog.setval('public.s', 10, true) FROM public.s WHERE is_called AND last_value > 10;

ALTER SEQUENCE public.s AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 10 START WITH 5 CACHE 1 NO CYCLE;

COMMIT;


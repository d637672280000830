-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 0 with warnings
--     1. alter sequence public.s

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER SEQUENCE public.s AS bigint MINVALUE 1 MAXVALUE 100;

SELECT pg_catalog.setval('public.s', 50, false) FROM public.s WHERE NOT is_called AND (last_value < 20 OR last_value > 100);

SELECT pg_catalog.setval('public.s', 20, false) FROM public.s WHERE is_called AND last_value < 20;

ALTER SEQUENCE public.s AS bigint INCREMENT BY 1 MINVALUE 20 MAXVALUE 100 START WITH 50 CACHE 1 NO CYCLE;

COMMIT;


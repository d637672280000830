-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 0 with warnings
--     1. alter sequence public.invoice_number_seq

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

SELECT pg_catalog.setval('public.invoice_number_seq', 1000, false) FROM public.invoice_number_seq WHERE NOT is_called AND (last_value < 1000 OR last_value > 9999999);

SELECT pg_catalog.setval('public.invoice_number_seq', 1000, false) FROM public.invoice_number_seq WHERE is_called AND last_value < 1000;

SELECT pg_catalog.setval('public.invoice_number_seq', 9999999, true) FROM public.invoice_number_seq WHERE is_called AND last_value > 9999999;

ALTER SEQUENCE public.invoice_number_seq AS bigint INCREMENT BY 10 MINVALUE 1000 MAXVALUE 9999999 START WITH 1000 CACHE 5 CYCLE;

COMMIT;


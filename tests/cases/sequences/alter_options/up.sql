-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 0 with warnings
--     1. alter sequence public.invoice_number_seq

SET check_function_bodies = false;
SET lock_timeout = '10s';

BEGIN;

-- the sequence may stand below the new MINVALUE: move it up first (only then)
SELECT pg_catalog.setval('public.invoice_number_seq', 1000, false) FROM public.invoice_number_seq WHERE last_value < 1000;

ALTER SEQUENCE public.invoice_number_seq AS bigint INCREMENT BY 10 MINVALUE 1000 MAXVALUE 9999999 START WITH 1000 CACHE 5 CYCLE;

COMMIT;


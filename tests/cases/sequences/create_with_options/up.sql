-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 0 with warnings
--     1. create sequence public.invoice_no_seq

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE SEQUENCE public.invoice_no_seq AS integer INCREMENT BY 2 MINVALUE 100 MAXVALUE 999999 START WITH 101 CACHE 10 NO CYCLE;

COMMIT;


-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. create function public.new_ticket_code
--     2. set default of public.tickets.code

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE OR REPLACE FUNCTION public.new_ticket_code() RETURNS text LANGUAGE sql AS $$ SELECT 'T-' || lpad((random() * 1000000)::int::text, 6, '0') $$;

ALTER TABLE public.tickets ALTER COLUMN code SET DEFAULT public.new_ticket_code();

COMMIT;


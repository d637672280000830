-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. undo: set default of public.tickets.code
--     2. undo: create function public.new_ticket_code

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER TABLE public.tickets ALTER COLUMN code DROP DEFAULT;

DROP FUNCTION public.new_ticket_code();

COMMIT;


-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 0 with warnings
--     1. drop view public.open_tickets
--     2. add values to type public.ticket_state
--     3. create view public.open_tickets

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP VIEW public.open_tickets;

COMMIT;

ALTER TYPE public.ticket_state ADD VALUE 'pending' AFTER 'open';

BEGIN;

CREATE VIEW public.open_tickets AS SELECT id, state FROM public.tickets WHERE state = 'open';

COMMIT;


-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 1 with warnings
--     1. undo: create view public.open_tickets
--     2. undo: add values to type public.ticket_state  [WARNING]
--     3. undo: drop view public.open_tickets

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP VIEW public.open_tickets;

-- WARNING: D110 drop-enum-value [error; ACCESS EXCLUSIVE; rewrite; data loss]: public.ticket_state: recreates the enum without some values and rewrites the columns using it; rows holding a removed value make it fail
ALTER TYPE public.ticket_state RENAME TO ticket_state__pgmorph_old;

CREATE TYPE public.ticket_state AS ENUM ('open', 'closed');

ALTER TABLE public.tickets ALTER COLUMN state TYPE public.ticket_state USING state::text::public.ticket_state;

DROP TYPE public.ticket_state__pgmorph_old;

CREATE VIEW public.open_tickets AS SELECT id, state FROM public.tickets WHERE state = 'open';

COMMIT;


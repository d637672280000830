-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 1 with warnings
--     1. undo: change owner of table public.events
--     2. undo: add constraint events_pkey on public.events
--     3. undo: add column public.events.id  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER TABLE public.events OWNER TO CURRENT_USER;

ALTER TABLE public.events DROP CONSTRAINT events_pkey;

-- WARNING: D102 drop-column [error; ACCESS EXCLUSIVE; data loss]: public.events.id: drops the column and its data; the reverse restores the column empty
ALTER TABLE public.events DROP COLUMN id;

COMMIT;


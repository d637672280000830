-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 2 with warnings
--     1. add column public.events.id  [WARNING]
--     2. add constraint events_pkey on public.events  [WARNING]
--     3. change owner of table public.events

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: L116 add-column-serial-or-identity [error; ACCESS EXCLUSIVE; rewrite]: public.events.id: a serial or identity column fills every row: the table is rewritten
ALTER TABLE public.events ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY NOT NULL;

COMMIT;

-- WARNING: C110 unique-index-data-dependent [warning; index build]: events_pkey on public.events: a new unique index fails on duplicates already in the table
CREATE UNIQUE INDEX CONCURRENTLY events_pkey ON public.events (id);

BEGIN;

ALTER TABLE public.events ADD CONSTRAINT events_pkey PRIMARY KEY USING INDEX events_pkey;

ALTER TABLE public.events OWNER TO postgres;

COMMIT;


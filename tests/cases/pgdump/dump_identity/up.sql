-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 2 with warnings
--     1. add column public.events.id  [WARNING]
--     2. add constraint events_pkey on public.events  [WARNING]
--     3. change owner of table public.events

SET check_function_bodies = false;
SET lock_timeout = '10s';

BEGIN;

-- WARNING: L116 add-column-serial-or-identity [error; ACCESS EXCLUSIVE; rewrite]: public.events.id: a serial or identity column fills every row: the table is rewritten
ALTER TABLE public.events ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY NOT NULL;

-- WARNING: L109 add-unique-constraint-without-index [error; ACCESS EXCLUSIVE; index build]: events_pkey on public.events: builds a unique index while the table is locked and fails on duplicates
ALTER TABLE public.events ADD CONSTRAINT events_pkey PRIMARY KEY (id);

ALTER TABLE public.events OWNER TO postgres;

COMMIT;


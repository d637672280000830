-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 0 with warnings
--     1. add column public.events.id
--     2. add constraint events_pkey on public.events
--     3. change owner of table public.events

SET check_function_bodies = false;
SET lock_timeout = '10s';

BEGIN;

ALTER TABLE public.events ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY NOT NULL;

ALTER TABLE public.events ADD CONSTRAINT events_pkey PRIMARY KEY (id);

ALTER TABLE public.events OWNER TO postgres;

COMMIT;


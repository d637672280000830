-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. create index public.events_kind_happened_at_idx
--     2. create index public.events_unprocessed_idx

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

CREATE INDEX CONCURRENTLY events_kind_happened_at_idx ON public.events USING btree (kind, happened_at DESC);

CREATE INDEX CONCURRENTLY events_unprocessed_idx ON public.events USING btree (happened_at) WHERE NOT processed;


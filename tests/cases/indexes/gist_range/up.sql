-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. create index public.reservations_during_idx
--     2. create index public.reservations_location_idx

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

CREATE INDEX CONCURRENTLY reservations_during_idx ON public.reservations USING gist (during);

CREATE INDEX CONCURRENTLY reservations_location_idx ON public.reservations USING gist (location);


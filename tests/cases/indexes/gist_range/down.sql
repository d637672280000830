-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. undo: create index public.reservations_location_idx
--     2. undo: create index public.reservations_during_idx

SET check_function_bodies = false;
SET lock_timeout = '10s';

DROP INDEX CONCURRENTLY public.reservations_location_idx;

DROP INDEX CONCURRENTLY public.reservations_during_idx;


-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 0 with warnings
--     1. undo: add constraint bookings_no_overlap on public.bookings

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER TABLE public.bookings DROP CONSTRAINT bookings_no_overlap;

COMMIT;


-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 1 with warnings
--     1. add constraint bookings_no_overlap on public.bookings  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: L112 add-exclusion-constraint [error; ACCESS EXCLUSIVE; index build]: bookings_no_overlap on public.bookings: builds and checks an exclusion constraint while the table is locked
ALTER TABLE public.bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&);

COMMIT;


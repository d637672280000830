-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 1 with warnings
--     1. undo: set storage parameters of public.events
--     2. undo: set storage parameters of public.audit
--     3. undo: create table public.queue  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER TABLE public.events RESET (autovacuum_vacuum_scale_factor);

ALTER TABLE public.events SET (fillfactor='70', autovacuum_enabled='off');

ALTER TABLE public.audit RESET (autovacuum_analyze_threshold);

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.queue: drops the table and all its rows; the reverse restores the structure, not the rows
DROP TABLE public.queue;

COMMIT;


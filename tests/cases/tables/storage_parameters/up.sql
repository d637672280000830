-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 0 with warnings
--     1. create table public.queue
--     2. set storage parameters of public.audit
--     3. set storage parameters of public.events

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE TABLE public.queue (
    id bigint
) WITH (fillfactor='50');

ALTER TABLE public.audit SET (autovacuum_analyze_threshold='1000');

ALTER TABLE public.events RESET (autovacuum_enabled);

ALTER TABLE public.events SET (fillfactor='80', autovacuum_vacuum_scale_factor='0.05');

COMMIT;


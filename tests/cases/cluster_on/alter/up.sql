-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 4 statement(s), 0 with warnings
--     1. create index public.sites_name_idx
--     2. set cluster index of public.readings
--     3. set cluster index of public.sensors
--     4. set cluster index of public.sites

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

CREATE INDEX CONCURRENTLY sites_name_idx ON public.sites USING btree (name);

BEGIN;

ALTER TABLE public.readings CLUSTER ON readings_pkey;

ALTER TABLE public.sensors SET WITHOUT CLUSTER;

ALTER TABLE public.sites CLUSTER ON sites_name_idx;

COMMIT;


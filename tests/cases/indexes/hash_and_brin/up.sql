-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. create index public.logs_logged_at_brin
--     2. create index public.logs_request_id_idx

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

CREATE INDEX CONCURRENTLY logs_logged_at_brin ON public.logs USING brin (logged_at) WITH (pages_per_range='32');

CREATE INDEX CONCURRENTLY logs_request_id_idx ON public.logs USING hash (request_id);


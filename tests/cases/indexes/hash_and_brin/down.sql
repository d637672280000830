-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. undo: create index public.logs_request_id_idx
--     2. undo: create index public.logs_logged_at_brin

SET check_function_bodies = false;
SET lock_timeout = '10s';

DROP INDEX CONCURRENTLY public.logs_request_id_idx;

DROP INDEX CONCURRENTLY public.logs_logged_at_brin;


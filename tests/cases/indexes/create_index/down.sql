-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. undo: create index public.events_unprocessed_idx
--     2. undo: create index public.events_kind_happened_at_idx

SET check_function_bodies = false;
SET lock_timeout = '10s';

DROP INDEX CONCURRENTLY public.events_unprocessed_idx;

DROP INDEX CONCURRENTLY public.events_kind_happened_at_idx;


-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 5 statement(s), 0 with warnings
--     1. undo: create index public.versions_search
--     2. undo: create index public.versions_latest
--     3. undo: create index public.versions_collate
--     4. undo: create index public.versions_asc
--     5. undo: add constraint versions_one_lower on public.versions

SET check_function_bodies = false;
SET lock_timeout = '10s';

DROP INDEX CONCURRENTLY public.versions_search;

DROP INDEX CONCURRENTLY public.versions_latest;

DROP INDEX CONCURRENTLY public.versions_collate;

DROP INDEX CONCURRENTLY public.versions_asc;

BEGIN;

ALTER TABLE public.versions DROP CONSTRAINT versions_one_lower;

COMMIT;


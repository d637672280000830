-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 0 with warnings
--     1. replace index public.events_kind (build the new one, then drop the old)

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

CREATE INDEX CONCURRENTLY events_kind_pgmorph_new1 ON public.events USING btree (kind, at DESC);

BEGIN;

COMMENT ON INDEX public.events_kind_pgmorph_new1 IS 'lookups by kind';

COMMIT;

DROP INDEX CONCURRENTLY public.events_kind;

BEGIN;

ALTER INDEX public.events_kind_pgmorph_new1 RENAME TO events_kind;

COMMIT;


-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 7 statement(s), 0 with warnings
--     1. set storage of public.events.payload
--     2. set compression of public.events.payload
--     3. set storage of public.events.note
--     4. set compression of public.events.note
--     5. set statistics target of public.events.kind
--     6. set storage of public.events.score
--     7. set statistics target of public.events.created_at

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER TABLE public.events ALTER COLUMN payload SET STORAGE EXTENDED;

ALTER TABLE public.events ALTER COLUMN payload SET COMPRESSION lz4;

ALTER TABLE public.events ALTER COLUMN note SET STORAGE MAIN;

ALTER TABLE public.events ALTER COLUMN note SET COMPRESSION pglz;

ALTER TABLE public.events ALTER COLUMN kind SET STATISTICS -1;

ALTER TABLE public.events ALTER COLUMN score SET STORAGE MAIN;

ALTER TABLE public.events ALTER COLUMN created_at SET STATISTICS 0;

COMMIT;


-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 7 statement(s), 0 with warnings
--     1. undo: set statistics target of public.events.created_at
--     2. undo: set storage of public.events.score
--     3. undo: set statistics target of public.events.kind
--     4. undo: set compression of public.events.note
--     5. undo: set storage of public.events.note
--     6. undo: set compression of public.events.payload
--     7. undo: set storage of public.events.payload

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER TABLE public.events ALTER COLUMN created_at SET STATISTICS -1;

ALTER TABLE public.events ALTER COLUMN score SET STORAGE EXTENDED;

ALTER TABLE public.events ALTER COLUMN kind SET STATISTICS 2000;

ALTER TABLE public.events ALTER COLUMN note SET COMPRESSION DEFAULT;

ALTER TABLE public.events ALTER COLUMN note SET STORAGE EXTENDED;

ALTER TABLE public.events ALTER COLUMN payload SET COMPRESSION pglz;

ALTER TABLE public.events ALTER COLUMN payload SET STORAGE EXTERNAL;

COMMIT;


-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 2 with warnings
--     1. undo: drop column public.files.old_blob  [WARNING]
--     2. undo: add column public.files.content  [WARNING]
--     3. undo: set statistics target of public.files.id

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: re-adds public.files.old_blob without its data
ALTER TABLE public.files ADD COLUMN old_blob bytea COMPRESSION pglz;

ALTER TABLE public.files ALTER COLUMN old_blob SET STORAGE MAIN;

ALTER TABLE public.files ALTER COLUMN old_blob SET STATISTICS 50;

-- WARNING: D102 drop-column [error; ACCESS EXCLUSIVE; data loss]: public.files.content: drops the column and its data; the reverse restores the column empty
ALTER TABLE public.files DROP COLUMN content;

ALTER TABLE public.files ALTER COLUMN id SET STATISTICS -1;

COMMIT;


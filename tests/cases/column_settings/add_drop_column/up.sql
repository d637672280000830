-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 1 with warnings
--     1. set statistics target of public.files.id
--     2. add column public.files.content
--     3. drop column public.files.old_blob  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER TABLE public.files ALTER COLUMN id SET STATISTICS 300;

ALTER TABLE public.files ADD COLUMN content text COMPRESSION lz4;

ALTER TABLE public.files ALTER COLUMN content SET STORAGE EXTERNAL;

-- WARNING: D102 drop-column [error; ACCESS EXCLUSIVE; data loss]: public.files.old_blob: drops the column and its data; the reverse restores the column empty
-- WARNING: down.sql re-adds public.files.old_blob without its data
ALTER TABLE public.files DROP COLUMN old_blob;

COMMIT;


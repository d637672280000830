-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 3 with warnings
--     1. undo: add column public.posts.grid  [WARNING]
--     2. undo: add column public.posts.scores  [WARNING]
--     3. undo: add column public.posts.tags  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: D102 drop-column [error; ACCESS EXCLUSIVE; data loss]: public.posts.grid: drops the column and its data; the reverse restores the column empty
ALTER TABLE public.posts DROP COLUMN grid;

-- WARNING: D102 drop-column [error; ACCESS EXCLUSIVE; data loss]: public.posts.scores: drops the column and its data; the reverse restores the column empty
ALTER TABLE public.posts DROP COLUMN scores;

-- WARNING: D102 drop-column [error; ACCESS EXCLUSIVE; data loss]: public.posts.tags: drops the column and its data; the reverse restores the column empty
ALTER TABLE public.posts DROP COLUMN tags;

COMMIT;


-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 0 with warnings
--     1. add column public.posts.tags
--     2. add column public.posts.scores
--     3. add column public.posts.grid

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER TABLE public.posts ADD COLUMN tags text[] DEFAULT '{}' NOT NULL;

ALTER TABLE public.posts ADD COLUMN scores integer[];

ALTER TABLE public.posts ADD COLUMN grid numeric(5,2)[];

COMMIT;


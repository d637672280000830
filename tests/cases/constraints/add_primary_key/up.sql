-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 1 with warnings
--     1. add constraint tags_pkey on public.tags  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

-- WARNING: C110 unique-index-data-dependent [warning; index build]: tags_pkey on public.tags: a new unique index fails on duplicates already in the table
CREATE UNIQUE INDEX CONCURRENTLY tags_pkey ON public.tags (id);

BEGIN;

ALTER TABLE public.tags ADD CONSTRAINT tags_pkey PRIMARY KEY USING INDEX tags_pkey;

COMMIT;


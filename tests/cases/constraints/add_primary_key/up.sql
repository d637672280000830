-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 1 with warnings
--     1. add constraint tags_pkey on public.tags  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';

BEGIN;

-- WARNING: L109 add-unique-constraint-without-index [error; ACCESS EXCLUSIVE; index build]: tags_pkey on public.tags: builds a unique index while the table is locked and fails on duplicates
ALTER TABLE public.tags ADD CONSTRAINT tags_pkey PRIMARY KEY (id);

COMMIT;


-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 1 with warnings
--     1. recreate type public.status  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: D110 drop-enum-value [error; ACCESS EXCLUSIVE; rewrite; data loss]: public.status: recreates the enum without some values and rewrites the columns using it; rows holding a removed value make it fail
ALTER TYPE public.status RENAME TO status__pgmorph_old;

CREATE TYPE public.status AS ENUM ('draft', 'published', 'archived');

ALTER TABLE public.articles ALTER COLUMN status DROP DEFAULT;

ALTER TABLE public.articles ALTER COLUMN status TYPE public.status USING status::text::public.status;

ALTER TABLE public.articles ALTER COLUMN status SET DEFAULT 'draft';

ALTER TABLE public.articles ALTER COLUMN previous_status TYPE public.status USING previous_status::text::public.status;

DROP TYPE public.status__pgmorph_old;

COMMIT;


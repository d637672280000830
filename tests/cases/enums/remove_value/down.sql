-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 0 with warnings
--     1. undo: recreate type public.status

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER TYPE public.status RENAME TO status__pgmorph_old;

CREATE TYPE public.status AS ENUM ('draft', 'review', 'published', 'archived');

ALTER TABLE public.articles ALTER COLUMN status DROP DEFAULT;

ALTER TABLE public.articles ALTER COLUMN status TYPE public.status USING status::text::public.status;

ALTER TABLE public.articles ALTER COLUMN status SET DEFAULT 'draft';

ALTER TABLE public.articles ALTER COLUMN previous_status TYPE public.status USING previous_status::text::public.status;

DROP TYPE public.status__pgmorph_old;

COMMIT;


-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. create index public.documents_body_idx
--     2. create index public.documents_tags_idx

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

CREATE INDEX CONCURRENTLY documents_body_idx ON public.documents USING gin (body jsonb_path_ops);

CREATE INDEX CONCURRENTLY documents_tags_idx ON public.documents USING gin (tags);


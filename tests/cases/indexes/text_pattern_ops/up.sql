-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. create index public.files_name_prefix_idx
--     2. create index public.files_path_prefix_idx

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

CREATE INDEX CONCURRENTLY files_name_prefix_idx ON public.files USING btree (name varchar_pattern_ops);

CREATE INDEX CONCURRENTLY files_path_prefix_idx ON public.files USING btree (path text_pattern_ops);


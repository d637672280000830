-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. undo: create index public.files_path_prefix_idx
--     2. undo: create index public.files_name_prefix_idx

SET check_function_bodies = false;
SET lock_timeout = '10s';

DROP INDEX CONCURRENTLY public.files_path_prefix_idx;

DROP INDEX CONCURRENTLY public.files_name_prefix_idx;


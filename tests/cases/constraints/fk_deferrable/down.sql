-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. undo: add constraint children_parent_id_fkey on public.children
--     2. undo: drop constraint children_parent_id_fkey on public.children

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER TABLE public.children DROP CONSTRAINT children_parent_id_fkey;

ALTER TABLE public.children ADD CONSTRAINT children_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES public.parents (id);

COMMIT;


-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. drop constraint children_parent_id_fkey on public.children
--     2. add constraint children_parent_id_fkey on public.children

SET check_function_bodies = false;
SET lock_timeout = '10s';

BEGIN;

ALTER TABLE public.children DROP CONSTRAINT children_parent_id_fkey;

ALTER TABLE public.children ADD CONSTRAINT children_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES public.parents (id) DEFERRABLE INITIALLY DEFERRED NOT VALID;

COMMIT;

BEGIN;

ALTER TABLE public.children VALIDATE CONSTRAINT children_parent_id_fkey;

COMMIT;


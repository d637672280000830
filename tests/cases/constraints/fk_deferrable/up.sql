-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 1 with warnings
--     1. drop constraint children_parent_id_fkey on public.children  [WARNING]
--     2. add constraint children_parent_id_fkey on public.children

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: D109 drop-constraint [warning; ACCESS EXCLUSIVE]: children_parent_id_fkey on public.children: drops an integrity constraint (a foreign key also locks the referenced table)
ALTER TABLE public.children DROP CONSTRAINT children_parent_id_fkey;

ALTER TABLE public.children ADD CONSTRAINT children_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES public.parents (id) DEFERRABLE INITIALLY DEFERRED NOT VALID;

COMMIT;

BEGIN;

ALTER TABLE public.children VALIDATE CONSTRAINT children_parent_id_fkey;

COMMIT;


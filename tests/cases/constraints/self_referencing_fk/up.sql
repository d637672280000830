-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. add column public.employees.manager_id
--     2. add constraint employees_manager_id_fkey on public.employees

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER TABLE public.employees ADD COLUMN manager_id integer;

ALTER TABLE public.employees ADD CONSTRAINT employees_manager_id_fkey FOREIGN KEY (manager_id) REFERENCES public.employees (id) ON DELETE SET NULL NOT VALID;

COMMIT;

BEGIN;

ALTER TABLE public.employees VALIDATE CONSTRAINT employees_manager_id_fkey;

COMMIT;


-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 1 with warnings
--     1. undo: add constraint employees_manager_id_fkey on public.employees
--     2. undo: add column public.employees.manager_id  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER TABLE public.employees DROP CONSTRAINT employees_manager_id_fkey;

-- WARNING: D102 drop-column [error; ACCESS EXCLUSIVE; data loss]: public.employees.manager_id: drops the column and its data; the reverse restores the column empty
ALTER TABLE public.employees DROP COLUMN manager_id;

COMMIT;


-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 4 statement(s), 0 with warnings
--     1. drop trigger note_view_insert on public.note_view
--     2. drop view public.note_view
--     3. create view public.note_view
--     4. create trigger note_view_insert on public.note_view

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP TRIGGER note_view_insert ON public.note_view;

DROP VIEW public.note_view;

CREATE VIEW public.note_view AS SELECT id, upper(body) AS title, body FROM public.notes;

CREATE TRIGGER note_view_insert INSTEAD OF INSERT ON public.note_view FOR EACH ROW EXECUTE FUNCTION public.note_view_insert();

COMMIT;


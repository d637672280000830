-- The view gains a column in the middle of its select list: CREATE OR REPLACE VIEW cannot
-- do that, so the view is dropped and created again, and the INSTEAD OF trigger that
-- DROP VIEW takes with it must be created again too.
CREATE TABLE public.notes (
    id integer PRIMARY KEY,
    body text
);

CREATE VIEW public.note_view AS SELECT id, upper(body) AS title, body FROM public.notes;

CREATE FUNCTION public.note_view_insert() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN INSERT INTO public.notes (id, body) VALUES (NEW.id, NEW.body); RETURN NEW; END $$;

CREATE TRIGGER note_view_insert INSTEAD OF INSERT ON public.note_view
    FOR EACH ROW EXECUTE FUNCTION public.note_view_insert();

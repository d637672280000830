-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 14 statement(s), 1 with warnings
--     1. undo: add constraint tagged_a_id_fkey on public.tagged
--     2. undo: add constraint b_a_id_fkey on public.b
--     3. undo: create policy p on public.a
--     4. undo: create trigger a_tg on public.a
--     5. undo: create view public.av
--     6. undo: create index public.a_name
--     7. undo: rebuild table public.a in the desired column order
--     8. undo: rebuild table public.a: set the old copy aside  [WARNING]
--     9. undo: drop index public.a_name
--    10. undo: drop constraint tagged_a_id_fkey on public.tagged
--    11. undo: drop constraint b_a_id_fkey on public.b
--    12. undo: drop policy p on public.a
--    13. undo: drop trigger a_tg on public.a
--    14. undo: drop view public.av

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER TABLE public.tagged DROP CONSTRAINT tagged_a_id_fkey;

ALTER TABLE public.b DROP CONSTRAINT b_a_id_fkey;

DROP POLICY p ON public.a;

DROP TRIGGER a_tg ON public.a;

DROP VIEW public.av;

DROP INDEX public.a_name;

ALTER TABLE public.a RENAME TO a_pgmorph_old;

-- WARNING: L120 storage-rewrite [error; ACCESS EXCLUSIVE; rewrite]: public.a: creates the table anew in the desired column order and copies every row into it (PostgreSQL cannot move a column): reads and writes wait for the copy
-- WARNING: D102 drop-column [error; ACCESS EXCLUSIVE; data loss]: public.a.email: drops the column and its data; the reverse restores the column empty
CREATE TABLE public.a (
    id integer DEFAULT nextval('public.a_id_seq'::regclass) NOT NULL,
    name text NOT NULL,
    created timestamp with time zone DEFAULT now()
);

INSERT INTO public.a (id, name, created) SELECT id, name, created FROM public.a_pgmorph_old;

ALTER SEQUENCE public.a_id_seq OWNED BY public.a.id;

DROP TABLE public.a_pgmorph_old;

ALTER TABLE public.a ADD CONSTRAINT a_pkey PRIMARY KEY (id);

ALTER TABLE public.a ENABLE ROW LEVEL SECURITY;

COMMENT ON COLUMN public.a.name IS 'the name';

GRANT SELECT ON TABLE public.a TO PUBLIC;

CREATE INDEX a_name ON public.a USING btree (name);

ALTER TABLE public.tagged ADD CONSTRAINT tagged_a_id_fkey FOREIGN KEY (a_id) REFERENCES public.a (id) ON DELETE CASCADE;

ALTER TABLE public.b ADD CONSTRAINT b_a_id_fkey FOREIGN KEY (a_id) REFERENCES public.a (id);

CREATE POLICY p ON public.a USING (name <> 'x');

CREATE TRIGGER a_tg BEFORE INSERT ON public.a FOR EACH ROW EXECUTE FUNCTION public.tg();

CREATE VIEW public.av AS SELECT id, name FROM a;

COMMIT;


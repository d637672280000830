-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 14 statement(s), 5 with warnings
--     1. drop view public.av
--     2. drop trigger a_tg on public.a
--     3. drop policy p on public.a  [WARNING]
--     4. drop constraint b_a_id_fkey on public.b  [WARNING]
--     5. drop constraint tagged_a_id_fkey on public.tagged  [WARNING]
--     6. drop index public.a_name
--     7. rebuild table public.a: set the old copy aside
--     8. rebuild table public.a in the desired column order  [WARNING]
--     9. create index public.a_name
--    10. create view public.av
--    11. create trigger a_tg on public.a
--    12. create policy p on public.a  [WARNING]
--    13. add constraint b_a_id_fkey on public.b
--    14. add constraint tagged_a_id_fkey on public.tagged

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP VIEW public.av;

DROP TRIGGER a_tg ON public.a;

-- WARNING: C113 authz-change [warning]: policy p on public.a: changes who may read or write what (privileges, row level security, policies)
DROP POLICY p ON public.a;

-- WARNING: D109 drop-constraint [warning; ACCESS EXCLUSIVE]: b_a_id_fkey on public.b: drops an integrity constraint (a foreign key also locks the referenced table)
ALTER TABLE public.b DROP CONSTRAINT b_a_id_fkey;

-- WARNING: D109 drop-constraint [warning; ACCESS EXCLUSIVE]: tagged_a_id_fkey on public.tagged: drops an integrity constraint (a foreign key also locks the referenced table)
ALTER TABLE public.tagged DROP CONSTRAINT tagged_a_id_fkey;

DROP INDEX public.a_name;

ALTER TABLE public.a RENAME TO a_pgmorph_old;

-- WARNING: L120 storage-rewrite [error; ACCESS EXCLUSIVE; rewrite]: public.a: creates the table anew in the desired column order and copies every row into it (PostgreSQL cannot move a column): reads and writes wait for the copy
CREATE TABLE public.a (
    id integer DEFAULT nextval('public.a_id_seq'::regclass) NOT NULL,
    email text,
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

CREATE VIEW public.av AS SELECT id, name FROM a;

CREATE TRIGGER a_tg BEFORE INSERT ON public.a FOR EACH ROW EXECUTE FUNCTION public.tg();

-- WARNING: C113 authz-change [warning]: policy p on public.a: changes who may read or write what (privileges, row level security, policies)
CREATE POLICY p ON public.a USING (name <> 'x');

ALTER TABLE public.b ADD CONSTRAINT b_a_id_fkey FOREIGN KEY (a_id) REFERENCES public.a (id) NOT VALID;

COMMIT;

BEGIN;

ALTER TABLE public.b VALIDATE CONSTRAINT b_a_id_fkey;

COMMIT;

BEGIN;

ALTER TABLE public.tagged ADD CONSTRAINT tagged_a_id_fkey FOREIGN KEY (a_id) REFERENCES public.a (id) ON DELETE CASCADE NOT VALID;

COMMIT;

BEGIN;

ALTER TABLE public.tagged VALIDATE CONSTRAINT tagged_a_id_fkey;

COMMIT;


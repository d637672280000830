-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 5 statement(s), 2 with warnings
--     1. undo: drop generation expression of public.g.b  [WARNING]
--     2. restore column order: drop index public.g_b
--     3. restore column order: rebuild table public.g: set the old copy aside
--     4. restore column order: rebuild table public.g in the desired column order  [WARNING]
--     5. restore column order: create index public.g_b

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

-- WARNING: cannot undo drop generation expression of public.g.b: PostgreSQL cannot make a column generated again in place (it would take dropping and adding the column, with its indexes and constraints)
BEGIN;

DROP INDEX public.g_b;

ALTER TABLE public.g RENAME TO g_pgmorph_old;

-- WARNING: L120 storage-rewrite [error; ACCESS EXCLUSIVE; rewrite]: public.g: creates the table anew in the desired column order and copies every row into it (PostgreSQL cannot move a column): reads and writes wait for the copy
CREATE TABLE public.g (
    id integer NOT NULL,
    a integer,
    b integer GENERATED ALWAYS AS (a * 2) STORED,
    c text
);

INSERT INTO public.g (id, a, c) SELECT id, a, c FROM public.g_pgmorph_old;

DROP TABLE public.g_pgmorph_old;

ALTER TABLE public.g ADD CONSTRAINT g_pkey PRIMARY KEY (id);

CREATE INDEX g_b ON public.g USING btree (b);

COMMIT;


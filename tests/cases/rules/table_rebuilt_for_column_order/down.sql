-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 4 statement(s), 1 with warnings
--     1. undo: create rule r on public.t
--     2. undo: rebuild table public.t in the desired column order
--     3. undo: rebuild table public.t: set the old copy aside  [WARNING]
--     4. undo: drop rule r on public.t

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP RULE r ON public.t;

ALTER TABLE public.t RENAME TO t_pgmorph_old;

-- WARNING: L120 storage-rewrite [error; ACCESS EXCLUSIVE; rewrite]: public.t: creates the table anew in the desired column order and copies every row into it (PostgreSQL cannot move a column): reads and writes wait for the copy
-- WARNING: D102 drop-column [error; ACCESS EXCLUSIVE; data loss]: public.t.c: drops the column and its data; the reverse restores the column empty
CREATE TABLE public.t (
    a integer NOT NULL,
    b text
);

INSERT INTO public.t (a, b) SELECT a, b FROM public.t_pgmorph_old;

DROP TABLE public.t_pgmorph_old;

ALTER TABLE public.t ADD CONSTRAINT t_pkey PRIMARY KEY (a);

CREATE RULE r AS ON INSERT TO public.t DO ALSO INSERT INTO log VALUES (new.a, new.b);

COMMIT;


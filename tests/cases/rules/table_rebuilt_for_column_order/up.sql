-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 4 statement(s), 1 with warnings
--     1. drop rule r on public.t
--     2. rebuild table public.t: set the old copy aside
--     3. rebuild table public.t in the desired column order  [WARNING]
--     4. create rule r on public.t

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP RULE r ON public.t;

ALTER TABLE public.t RENAME TO t_pgmorph_old;

-- WARNING: L120 storage-rewrite [error; ACCESS EXCLUSIVE; rewrite]: public.t: creates the table anew in the desired column order and copies every row into it (PostgreSQL cannot move a column): reads and writes wait for the copy
CREATE TABLE public.t (
    a integer NOT NULL,
    c integer,
    b text
);

INSERT INTO public.t (a, b) SELECT a, b FROM public.t_pgmorph_old;

DROP TABLE public.t_pgmorph_old;

ALTER TABLE public.t ADD CONSTRAINT t_pkey PRIMARY KEY (a);

CREATE RULE r AS ON INSERT TO public.t DO ALSO INSERT INTO log VALUES (new.a, new.b);

COMMIT;


-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 4 statement(s), 1 with warnings
--     1. undo: create index public.prices_gross
--     2. undo: rebuild table public.prices in the desired column order
--     3. undo: rebuild table public.prices: set the old copy aside  [WARNING]
--     4. undo: drop index public.prices_gross

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP INDEX public.prices_gross;

ALTER TABLE public.prices RENAME TO prices_pgmorph_old;

-- WARNING: L120 storage-rewrite [error; ACCESS EXCLUSIVE; rewrite]: public.prices: creates the table anew in the desired column order and copies every row into it (PostgreSQL cannot move a column): reads and writes wait for the copy
CREATE TABLE public.prices (
    id integer NOT NULL,
    net numeric NOT NULL,
    gross numeric GENERATED ALWAYS AS (net * 1.2) STORED,
    currency text DEFAULT 'EUR'::text NOT NULL
);

INSERT INTO public.prices (id, net, currency) SELECT id, net, currency FROM public.prices_pgmorph_old;

DROP TABLE public.prices_pgmorph_old;

ALTER TABLE public.prices ADD CONSTRAINT prices_pkey PRIMARY KEY (id);

CREATE INDEX prices_gross ON public.prices USING btree (gross);

COMMIT;


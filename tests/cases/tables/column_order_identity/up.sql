-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 1 with warnings
--     1. rebuild table public.items: set the old copy aside
--     2. rebuild table public.items in the desired column order  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER TABLE public.items RENAME TO items_pgmorph_old;

-- WARNING: L120 storage-rewrite [error; ACCESS EXCLUSIVE; rewrite]: public.items: creates the table anew in the desired column order and copies every row into it (PostgreSQL cannot move a column): reads and writes wait for the copy
CREATE TABLE public.items (
    id bigint NOT NULL,
    sku text,
    title text NOT NULL
);

INSERT INTO public.items (id, title) SELECT id, title FROM public.items_pgmorph_old;

CREATE TEMPORARY TABLE pgmorph_identity_state ON COMMIT DROP AS SELECT 'id'::text AS column_name, pg_sequence_last_value(pg_get_serial_sequence('public.items_pgmorph_old', 'id')::regclass) AS last_value;

DROP TABLE public.items_pgmorph_old;

ALTER TABLE public.items ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY;

SELECT setval(pg_get_serial_sequence('public.items', 'id'), last_value) FROM pgmorph_identity_state WHERE column_name = 'id' AND last_value IS NOT NULL;

DROP TABLE pgmorph_identity_state;

ALTER TABLE public.items ADD CONSTRAINT items_pkey PRIMARY KEY (id);

COMMIT;


-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 8 statement(s), 5 with warnings
--     1. undo: add column public.items.price_with_tax  [WARNING]
--     2. undo: change type of public.items.price  [WARNING]
--     3. undo: drop column public.items.price_with_tax  [WARNING]
--     4. undo: drop generation expression of public.items.slug  [WARNING]
--     5. restore column order: drop index public.items_slug_idx
--     6. restore column order: rebuild table public.items: set the old copy aside
--     7. restore column order: rebuild table public.items in the desired column order  [WARNING]
--     8. restore column order: create index public.items_slug_idx

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: D102 drop-column [error; ACCESS EXCLUSIVE; data loss]: public.items.price_with_tax: drops the column and its data; the reverse restores the column empty
ALTER TABLE public.items DROP COLUMN price_with_tax;

-- WARNING: L113 column-type-change-rewrite [error; ACCESS EXCLUSIVE; rewrite]: public.items.price: bigint -> integer: rewrites the table and its indexes; values that do not convert or fit make it fail
ALTER TABLE public.items ALTER COLUMN price TYPE integer;

-- WARNING: re-adds public.items.price_with_tax without its data
ALTER TABLE public.items ADD COLUMN price_with_tax numeric GENERATED ALWAYS AS (price * 1.2) STORED;

-- WARNING: cannot undo drop generation expression of public.items.slug: PostgreSQL cannot make a column generated again in place (it would take dropping and adding the column, with its indexes and constraints)
DROP INDEX public.items_slug_idx;

ALTER TABLE public.items RENAME TO items_pgmorph_old;

-- WARNING: L120 storage-rewrite [error; ACCESS EXCLUSIVE; rewrite]: public.items: creates the table anew in the desired column order and copies every row into it (PostgreSQL cannot move a column): reads and writes wait for the copy
CREATE TABLE public.items (
    id bigint NOT NULL,
    price integer NOT NULL,
    price_with_tax numeric GENERATED ALWAYS AS (price * 1.2) STORED,
    label text,
    slug text GENERATED ALWAYS AS (lower(label)) STORED
);

INSERT INTO public.items (id, price, label) SELECT id, price, label FROM public.items_pgmorph_old;

DROP TABLE public.items_pgmorph_old;

ALTER TABLE public.items ADD CONSTRAINT items_pkey PRIMARY KEY (id);

CREATE INDEX items_slug_idx ON public.items USING btree (slug);

COMMIT;


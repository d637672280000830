-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 6 statement(s), 2 with warnings
--     1. add column public.books.pages
--     2. change type of public.item_base.id  [WARNING]
--     3. set not null of public.item_base.label  [WARNING]
--     4. set default of public.item_base.label
--     5. change type of public.item_base.price
--     6. add column public.item_base.added_on

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER TABLE public.books ADD COLUMN pages integer;

-- WARNING: L113 column-type-change-rewrite [error; ACCESS EXCLUSIVE; rewrite]: public.item_base.id: integer -> bigint: rewrites the table and its indexes; values that do not convert or fit make it fail
ALTER TABLE public.item_base ALTER COLUMN id TYPE bigint;

-- WARNING: C116 not-null-data-dependent [warning; scan]: public.item_base.label: the CHECK that makes SET NOT NULL online is validated by a scan (no write lock) and fails when the column holds NULLs
ALTER TABLE public.item_base ADD CONSTRAINT item_base_label_not_null CHECK (label IS NOT NULL) NOT VALID;

COMMIT;

BEGIN;

ALTER TABLE public.item_base VALIDATE CONSTRAINT item_base_label_not_null;

COMMIT;

BEGIN;

ALTER TABLE public.item_base ALTER COLUMN label SET NOT NULL;

ALTER TABLE public.item_base DROP CONSTRAINT item_base_label_not_null;

ALTER TABLE public.item_base ALTER COLUMN label SET DEFAULT 'untitled'::text;

ALTER TABLE public.item_base ALTER COLUMN price TYPE numeric(12,2);

ALTER TABLE public.item_base ADD COLUMN added_on date;

COMMIT;


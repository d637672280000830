-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 6 statement(s), 5 with warnings
--     1. undo: add column public.item_base.added_on  [WARNING]
--     2. undo: change type of public.item_base.price  [WARNING]
--     3. undo: set default of public.item_base.label
--     4. undo: set not null of public.item_base.label  [WARNING]
--     5. undo: change type of public.item_base.id  [WARNING]
--     6. undo: add column public.books.pages  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: D102 drop-column [error; ACCESS EXCLUSIVE; data loss]: public.item_base.added_on: drops the column and its data; the reverse restores the column empty
ALTER TABLE public.item_base DROP COLUMN added_on;

-- WARNING: L113 column-type-change-rewrite [error; ACCESS EXCLUSIVE; rewrite]: public.item_base.price: numeric(12,2) -> numeric(10,2): rewrites the table and its indexes; values that do not convert or fit make it fail
ALTER TABLE public.item_base ALTER COLUMN price TYPE numeric(10,2);

ALTER TABLE public.item_base ALTER COLUMN label DROP DEFAULT;

-- WARNING: C106 drop-not-null [warning; ACCESS EXCLUSIVE]: public.item_base.label: readers and code that assumed a value meet NULLs
ALTER TABLE public.item_base ALTER COLUMN label DROP NOT NULL;

-- WARNING: L113 column-type-change-rewrite [error; ACCESS EXCLUSIVE; rewrite]: public.item_base.id: bigint -> integer: rewrites the table and its indexes; values that do not convert or fit make it fail
ALTER TABLE public.item_base ALTER COLUMN id TYPE integer;

-- WARNING: D102 drop-column [error; ACCESS EXCLUSIVE; data loss]: public.books.pages: drops the column and its data; the reverse restores the column empty
ALTER TABLE public.books DROP COLUMN pages;

COMMIT;


-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 2 with warnings
--     1. drop column public.products.attrs  [WARNING]
--     2. drop extension hstore  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: D102 drop-column [error; ACCESS EXCLUSIVE; data loss]: public.products.attrs: drops the column and its data; the reverse restores the column empty
-- WARNING: down.sql re-adds public.products.attrs without its data
ALTER TABLE public.products DROP COLUMN attrs;

-- WARNING: D113 drop-extension [error; data loss]: hstore: drops an extension and the objects it owns
DROP EXTENSION hstore;

COMMIT;


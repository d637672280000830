-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 1 with warnings
--     1. drop policy own_docs on public.documents
--     2. drop table public.documents  [WARNING]
--     3. drop function public.is_owner

SET check_function_bodies = false;
SET lock_timeout = '10s';

BEGIN;

DROP POLICY own_docs ON public.documents;

-- WARNING: D101 drop-table: public.documents: drops the table and all its rows; the reverse restores the structure, not the rows
-- WARNING: down.sql recreates the structure of public.documents, not its rows
DROP TABLE public.documents;

DROP FUNCTION public.is_owner(text);

COMMIT;


-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 1 with warnings
--     1. drop policy own_docs on public.documents
--     2. change type of public.documents.owner_name  [WARNING]
--     3. create policy own_docs on public.documents

SET check_function_bodies = false;
SET lock_timeout = '10s';

BEGIN;

DROP POLICY own_docs ON public.documents;

-- WARNING: L113 column-type-change-rewrite: public.documents.owner_name: character varying(40) -> text: changes a column type: may rewrite the table under ACCESS EXCLUSIVE and may truncate or reject values
ALTER TABLE public.documents ALTER COLUMN owner_name TYPE text;

CREATE POLICY own_docs ON public.documents USING (owner_name = current_user);

COMMIT;


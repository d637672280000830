-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 1 with warnings
--     1. undo: create policy own_docs on public.documents
--     2. undo: change type of public.documents.owner_name  [WARNING]
--     3. undo: drop policy own_docs on public.documents

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP POLICY own_docs ON public.documents;

-- WARNING: L113 column-type-change-rewrite [error; ACCESS EXCLUSIVE; rewrite]: public.documents.owner_name: text -> character varying(40): rewrites the table and its indexes; values that do not convert or fit make it fail
ALTER TABLE public.documents ALTER COLUMN owner_name TYPE character varying(40);

CREATE POLICY own_docs ON public.documents USING (owner_name = current_user);

COMMIT;


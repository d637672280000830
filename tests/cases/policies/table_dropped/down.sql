-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 1 with warnings
--     1. undo: drop function public.is_owner
--     2. undo: drop table public.documents  [WARNING]
--     3. undo: drop policy own_docs on public.documents

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE OR REPLACE FUNCTION public.is_owner(name text) RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT name = current_user $$;

-- WARNING: recreates the structure of public.documents, not its rows
CREATE TABLE public.documents (
    id bigint NOT NULL,
    owner_name text NOT NULL,
    CONSTRAINT documents_pkey PRIMARY KEY (id)
);

ALTER TABLE public.documents ENABLE ROW LEVEL SECURITY;

ALTER TABLE public.documents FORCE ROW LEVEL SECURITY;

CREATE POLICY own_docs ON public.documents USING (is_owner(owner_name));

COMMENT ON POLICY own_docs ON public.documents IS 'owners only';

COMMIT;


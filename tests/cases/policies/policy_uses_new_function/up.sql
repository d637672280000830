-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 6 statement(s), 0 with warnings
--     1. drop policy team_docs on public.documents
--     2. create function public.may_read
--     3. create policy readable on public.documents
--     4. drop function public.current_team
--     5. create function public.current_team
--     6. create policy team_docs on public.documents

SET check_function_bodies = false;
SET lock_timeout = '10s';

BEGIN;

DROP POLICY team_docs ON public.documents;

CREATE OR REPLACE FUNCTION public.may_read(doc bigint) RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT doc > 0 $$;

CREATE POLICY readable ON public.documents FOR SELECT USING (may_read(id));

DROP FUNCTION public.current_team();

CREATE OR REPLACE FUNCTION public.current_team() RETURNS int LANGUAGE sql STABLE AS $$ SELECT 1 $$;

CREATE POLICY team_docs ON public.documents USING (team_id = current_team());

COMMIT;


-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 6 statement(s), 4 with warnings
--     1. drop policy team_docs on public.documents  [WARNING]
--     2. create function public.may_read
--     3. create policy readable on public.documents  [WARNING]
--     4. drop function public.current_team  [WARNING]
--     5. create function public.current_team
--     6. create policy team_docs on public.documents  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: C113 authz-change [warning]: policy team_docs on public.documents: changes who may read or write what (privileges, row level security, policies)
DROP POLICY team_docs ON public.documents;

CREATE OR REPLACE FUNCTION public.may_read(doc bigint) RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT doc > 0 $$;

-- WARNING: C113 authz-change [warning]: policy readable on public.documents: changes who may read or write what (privileges, row level security, policies)
CREATE POLICY readable ON public.documents FOR SELECT USING (may_read(id));

-- WARNING: D112 drop-function [warning]: public.current_team: drops a function or procedure; callers the catalog cannot see fail at run time
DROP FUNCTION public.current_team();

CREATE OR REPLACE FUNCTION public.current_team() RETURNS int LANGUAGE sql STABLE AS $$ SELECT 1 $$;

-- WARNING: C113 authz-change [warning]: policy team_docs on public.documents: changes who may read or write what (privileges, row level security, policies)
CREATE POLICY team_docs ON public.documents USING (team_id = current_team());

COMMIT;


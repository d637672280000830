-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 3 with warnings
--     1. alter policy add_docs on public.documents  [WARNING]
--     2. alter policy edit_docs on public.documents  [WARNING]
--     3. alter policy read_docs on public.documents  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: C113 authz-change [warning]: policy add_docs on public.documents: changes who may read or write what (privileges, row level security, policies)
ALTER POLICY add_docs ON public.documents TO pg_monitor WITH CHECK (true);

-- WARNING: C113 authz-change [warning]: policy edit_docs on public.documents: changes who may read or write what (privileges, row level security, policies)
ALTER POLICY edit_docs ON public.documents WITH CHECK (owner_name = current_user AND id > 0);

-- WARNING: C113 authz-change [warning]: policy read_docs on public.documents: changes who may read or write what (privileges, row level security, policies)
ALTER POLICY read_docs ON public.documents TO pg_monitor, pg_read_all_stats USING (published OR owner_name = current_user);

COMMIT;


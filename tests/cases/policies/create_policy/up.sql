-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 7 statement(s), 7 with warnings
--     1. set row level security of public.documents  [WARNING]
--     2. create policy edit_own on public.documents  [WARNING]
--     3. create policy only_small_ids on public.documents  [WARNING]
--     4. create policy read_published on public.documents  [WARNING]
--     5. create policy read_team on public.documents  [WARNING]
--     6. create policy remove_own on public.documents  [WARNING]
--     7. create policy write_own on public.documents  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: C113 authz-change [warning]: row level security of public.documents: changes who may read or write what (privileges, row level security, policies)
ALTER TABLE public.documents ENABLE ROW LEVEL SECURITY;

-- WARNING: C113 authz-change [warning]: policy edit_own on public.documents: changes who may read or write what (privileges, row level security, policies)
CREATE POLICY edit_own ON public.documents FOR UPDATE USING (owner_name = current_user) WITH CHECK (owner_name = current_user AND NOT published);

-- WARNING: C113 authz-change [warning]: policy only_small_ids on public.documents: changes who may read or write what (privileges, row level security, policies)
CREATE POLICY only_small_ids ON public.documents AS RESTRICTIVE USING (id < 1000000);

-- WARNING: C113 authz-change [warning]: policy read_published on public.documents: changes who may read or write what (privileges, row level security, policies)
CREATE POLICY read_published ON public.documents FOR SELECT USING (published);

-- WARNING: C113 authz-change [warning]: policy read_team on public.documents: changes who may read or write what (privileges, row level security, policies)
CREATE POLICY read_team ON public.documents FOR SELECT TO pg_monitor, pg_read_all_stats USING (EXISTS (SELECT 1 FROM members m WHERE m.team_id = documents.team_id AND m.member_name = current_user));

-- WARNING: C113 authz-change [warning]: policy remove_own on public.documents: changes who may read or write what (privileges, row level security, policies)
CREATE POLICY remove_own ON public.documents FOR DELETE TO CURRENT_USER USING (owner_name = current_user);

-- WARNING: C113 authz-change [warning]: policy write_own on public.documents: changes who may read or write what (privileges, row level security, policies)
CREATE POLICY write_own ON public.documents FOR INSERT WITH CHECK (owner_name = current_user);

COMMIT;


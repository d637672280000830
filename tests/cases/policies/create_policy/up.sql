-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 7 statement(s), 0 with warnings
--     1. set row level security of public.documents
--     2. create policy edit_own on public.documents
--     3. create policy only_small_ids on public.documents
--     4. create policy read_published on public.documents
--     5. create policy read_team on public.documents
--     6. create policy remove_own on public.documents
--     7. create policy write_own on public.documents

SET check_function_bodies = false;
SET lock_timeout = '10s';

BEGIN;

ALTER TABLE public.documents ENABLE ROW LEVEL SECURITY;

CREATE POLICY edit_own ON public.documents FOR UPDATE USING (owner_name = current_user) WITH CHECK (owner_name = current_user AND NOT published);

CREATE POLICY only_small_ids ON public.documents AS RESTRICTIVE USING (id < 1000000);

CREATE POLICY read_published ON public.documents FOR SELECT USING (published);

CREATE POLICY read_team ON public.documents FOR SELECT TO pg_monitor, pg_read_all_stats USING (EXISTS (SELECT 1 FROM members m WHERE m.team_id = documents.team_id AND m.member_name = current_user));

CREATE POLICY remove_own ON public.documents FOR DELETE TO CURRENT_USER USING (owner_name = current_user);

CREATE POLICY write_own ON public.documents FOR INSERT WITH CHECK (owner_name = current_user);

COMMIT;


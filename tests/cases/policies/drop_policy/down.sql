-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 6 statement(s), 0 with warnings
--     1. undo: drop policy write_own on public.documents
--     2. undo: drop policy remove_own on public.documents
--     3. undo: drop policy read_team on public.documents
--     4. undo: drop policy read_published on public.documents
--     5. undo: drop policy only_small_ids on public.documents
--     6. undo: drop policy edit_own on public.documents

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE POLICY write_own ON public.documents FOR INSERT WITH CHECK (owner_name = current_user);

CREATE POLICY remove_own ON public.documents FOR DELETE TO CURRENT_USER USING (owner_name = current_user);

CREATE POLICY read_team ON public.documents FOR SELECT TO pg_monitor, pg_read_all_stats USING (EXISTS (SELECT 1 FROM members m WHERE m.team_id = documents.team_id AND m.member_name = current_user));

CREATE POLICY read_published ON public.documents FOR SELECT USING (published);

CREATE POLICY only_small_ids ON public.documents AS RESTRICTIVE USING (id < 1000000);

CREATE POLICY edit_own ON public.documents FOR UPDATE USING (owner_name = current_user) WITH CHECK (owner_name = current_user AND NOT published);

COMMIT;


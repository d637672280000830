CREATE TABLE members (team_id bigint NOT NULL, member_name text NOT NULL);
CREATE TABLE documents (id bigint PRIMARY KEY, team_id bigint NOT NULL, owner_name text NOT NULL, published boolean NOT NULL DEFAULT false);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_published ON documents FOR SELECT USING (published);
CREATE POLICY read_team ON documents AS PERMISSIVE FOR SELECT TO pg_monitor, pg_read_all_stats
  USING (EXISTS (SELECT 1 FROM members m WHERE m.team_id = documents.team_id AND m.member_name = current_user));
CREATE POLICY write_own ON documents FOR INSERT TO public WITH CHECK (owner_name = current_user);
CREATE POLICY edit_own ON documents FOR UPDATE USING (owner_name = current_user) WITH CHECK (owner_name = current_user AND NOT published);
CREATE POLICY remove_own ON documents FOR DELETE TO CURRENT_USER USING (owner_name = current_user);
CREATE POLICY only_small_ids ON documents AS RESTRICTIVE USING (id < 1000000);

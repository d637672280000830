-- Roles, USING and WITH CHECK change in place (ALTER POLICY); ALTER POLICY in the file too.
CREATE TABLE documents (id bigint PRIMARY KEY, owner_name text NOT NULL, published boolean NOT NULL DEFAULT false);
CREATE POLICY read_docs ON documents FOR SELECT TO pg_monitor, pg_read_all_stats USING (published OR owner_name = current_user);
CREATE POLICY edit_docs ON documents FOR UPDATE USING (owner_name = current_user) WITH CHECK (owner_name = current_user AND id > 0);
CREATE POLICY add_docs ON documents FOR INSERT WITH CHECK (true);
ALTER POLICY add_docs ON documents TO pg_monitor;

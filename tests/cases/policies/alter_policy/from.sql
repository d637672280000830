CREATE TABLE documents (id bigint PRIMARY KEY, owner_name text NOT NULL, published boolean NOT NULL DEFAULT false);
CREATE POLICY read_docs ON documents FOR SELECT TO pg_monitor USING (published);
CREATE POLICY edit_docs ON documents FOR UPDATE USING (owner_name = current_user) WITH CHECK (owner_name = current_user);
CREATE POLICY add_docs ON documents FOR INSERT WITH CHECK (owner_name = current_user);

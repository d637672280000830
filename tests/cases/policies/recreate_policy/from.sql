CREATE TABLE documents (id bigint PRIMARY KEY, owner_name text NOT NULL, published boolean NOT NULL DEFAULT false);
CREATE POLICY by_owner ON documents USING (owner_name = current_user) WITH CHECK (owner_name = current_user);
CREATE POLICY limit_ids ON documents USING (id < 1000);
CREATE POLICY edit_docs ON documents FOR UPDATE USING (owner_name = current_user) WITH CHECK (NOT published);
CREATE POLICY keep_comment ON documents FOR DELETE USING (NOT published);
COMMENT ON POLICY keep_comment ON documents IS 'drafts only';

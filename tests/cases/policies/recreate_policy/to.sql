-- What ALTER POLICY cannot do: change the command (by_owner, keep_comment), turn a policy
-- restrictive (limit_ids), remove an expression (edit_docs loses its WITH CHECK).
CREATE TABLE documents (id bigint PRIMARY KEY, owner_name text NOT NULL, published boolean NOT NULL DEFAULT false);
CREATE POLICY by_owner ON documents FOR SELECT USING (owner_name = current_user);
CREATE POLICY limit_ids ON documents AS RESTRICTIVE USING (id < 1000);
CREATE POLICY edit_docs ON documents FOR UPDATE USING (owner_name = current_user);
CREATE POLICY keep_comment ON documents FOR ALL USING (NOT published);
COMMENT ON POLICY keep_comment ON documents IS 'drafts only';

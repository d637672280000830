-- own_docs reads owner_name, whose type changes: PostgreSQL refuses ALTER COLUMN TYPE under
-- a policy, so the policy is dropped before and created after. titled is left alone.
CREATE TABLE documents (id bigint PRIMARY KEY, owner_name text NOT NULL, title text);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_docs ON documents USING (owner_name = current_user);
CREATE POLICY titled ON documents FOR SELECT USING (title IS NOT NULL);

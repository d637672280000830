CREATE TABLE documents (id bigint PRIMARY KEY, owner_name varchar(40) NOT NULL, title text);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_docs ON documents USING (owner_name = current_user);
CREATE POLICY titled ON documents FOR SELECT USING (title IS NOT NULL);

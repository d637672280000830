CREATE TABLE documents (id bigint PRIMARY KEY, published boolean NOT NULL);
CREATE POLICY read_published ON documents FOR SELECT USING (published);
COMMENT ON POLICY read_published ON documents IS 'anyone may read what is published';
CREATE POLICY read_all ON documents FOR SELECT TO pg_monitor USING (true);
COMMENT ON POLICY read_all ON documents IS 'monitoring tools read everything';

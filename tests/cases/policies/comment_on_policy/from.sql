CREATE TABLE documents (id bigint PRIMARY KEY, published boolean NOT NULL);
CREATE POLICY read_published ON documents FOR SELECT USING (published);
CREATE POLICY read_all ON documents FOR SELECT TO pg_monitor USING (true);
COMMENT ON POLICY read_all ON documents IS 'monitoring';

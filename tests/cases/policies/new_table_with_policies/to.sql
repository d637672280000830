-- A new table created with its flags and policies; the statements come in the order
-- pg_dump writes them, policies before the ALTER TABLE, and a renamed policy.
CREATE TABLE keep (id bigint PRIMARY KEY);
CREATE SCHEMA app;
CREATE TABLE app.accounts (id bigint PRIMARY KEY, tenant_id bigint NOT NULL);
CREATE POLICY tenant ON app.accounts USING (tenant_id::text = current_setting('app.tenant_id', true)) WITH CHECK (tenant_id::text = current_setting('app.tenant_id', true));
CREATE POLICY "Old Name" ON app.accounts AS RESTRICTIVE FOR SELECT TO pg_monitor USING (tenant_id > 0);
ALTER POLICY "Old Name" ON app.accounts RENAME TO "Readers";
ALTER TABLE ONLY app.accounts ENABLE ROW LEVEL SECURITY;
ALTER TABLE ONLY app.accounts FORCE ROW LEVEL SECURITY;

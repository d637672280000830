CREATE TABLE keep (id bigint PRIMARY KEY);
CREATE TABLE documents (id bigint PRIMARY KEY, owner_name text NOT NULL);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
ALTER TABLE documents FORCE ROW LEVEL SECURITY;
CREATE FUNCTION is_owner(name text) RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT name = current_user $$;
CREATE POLICY own_docs ON documents USING (is_owner(owner_name));
COMMENT ON POLICY own_docs ON documents IS 'owners only';

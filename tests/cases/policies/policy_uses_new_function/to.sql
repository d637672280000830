-- team_docs calls a function created in the same plan; current_team() changes its return
-- type, so it is dropped and created again, and the policy that calls it goes around it.
CREATE TABLE documents (id bigint PRIMARY KEY, team_id bigint NOT NULL);
CREATE FUNCTION current_team() RETURNS integer LANGUAGE sql STABLE AS $$ SELECT 1 $$;
CREATE FUNCTION may_read(doc bigint) RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT doc > 0 $$;
CREATE POLICY team_docs ON documents USING (team_id = current_team());
CREATE POLICY readable ON documents FOR SELECT USING (may_read(id));

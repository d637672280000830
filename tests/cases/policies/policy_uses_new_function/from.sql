CREATE TABLE documents (id bigint PRIMARY KEY, team_id bigint NOT NULL);
CREATE FUNCTION current_team() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT 1::bigint $$;
CREATE POLICY team_docs ON documents USING (team_id = current_team());

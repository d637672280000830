CREATE TABLE members (team_id bigint NOT NULL, member_name text NOT NULL);
CREATE TABLE documents (id bigint PRIMARY KEY, team_id bigint NOT NULL, owner_name text NOT NULL, published boolean NOT NULL DEFAULT false);

CREATE TABLE versions (id integer PRIMARY KEY, crate_id integer NOT NULL, num varchar NOT NULL, yanked boolean NOT NULL DEFAULT false);
CREATE FUNCTION semver_key(text) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT lpad($1, 20)';

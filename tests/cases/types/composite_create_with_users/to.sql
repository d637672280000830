CREATE TABLE versions (id integer PRIMARY KEY, num varchar NOT NULL);
-- A composite type, a function returning it, and an index over that function.
CREATE TYPE semver_triple AS (major numeric, minor numeric, teeny numeric);
COMMENT ON TYPE semver_triple IS 'major, minor and patch of a version';
CREATE FUNCTION to_semver(text) RETURNS semver_triple LANGUAGE sql IMMUTABLE AS $$
  SELECT (split_part($1, '.', 1)::numeric, split_part($1, '.', 2)::numeric, split_part($1, '.', 3)::numeric)::semver_triple
$$;
CREATE INDEX versions_semver ON versions (to_semver(num::text));
CREATE TABLE releases (id integer PRIMARY KEY, version semver_triple);

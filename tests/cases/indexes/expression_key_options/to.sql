CREATE TABLE versions (id integer PRIMARY KEY, crate_id integer NOT NULL, num varchar NOT NULL, yanked boolean NOT NULL DEFAULT false);
CREATE FUNCTION semver_key(text) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT lpad($1, 20)';
-- A call as an index key, followed by ordering and NULLS placement.
CREATE INDEX versions_latest ON versions (crate_id, public.semver_key(num::text) DESC NULLS LAST) WHERE NOT yanked;
-- Its neighbours: ASC, NULLS FIRST, COLLATE, an opclass, an opclass with options, a cast.
CREATE INDEX versions_asc ON versions (lower(num) ASC, upper(num) NULLS FIRST);
CREATE INDEX versions_collate ON versions (lower(num) COLLATE "C" text_pattern_ops DESC, (num::text) DESC NULLS LAST);
CREATE INDEX versions_search ON versions USING gist (to_tsvector('simple', num) tsvector_ops (siglen = 64));
ALTER TABLE versions ADD CONSTRAINT versions_one_lower EXCLUDE USING btree (lower(num) DESC WITH =);

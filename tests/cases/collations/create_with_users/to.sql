-- An ICU collation, a nondeterministic one, a libc one copied FROM "C"; columns and a domain
-- that sort by them are created after them.
CREATE COLLATION german (PROVIDER = icu, LOCALE = 'de-DE');
CREATE COLLATION IF NOT EXISTS case_insensitive (PROVIDER = icu, LOCALE = 'und-u-ks-level2', DETERMINISTIC = false);
CREATE COLLATION bytewise FROM "C";
COMMENT ON COLLATION german IS 'phone book order';
CREATE DOMAIN email AS text COLLATE case_insensitive;
CREATE TABLE people (id integer PRIMARY KEY, name text COLLATE german, login email, code text COLLATE bytewise);

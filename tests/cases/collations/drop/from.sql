CREATE COLLATION german (PROVIDER = icu, LOCALE = 'de-DE');
CREATE COLLATION posix_copy (LC_COLLATE = 'POSIX', LC_CTYPE = 'POSIX');
CREATE TABLE people (id integer PRIMARY KEY, name text COLLATE german);

CREATE COLLATION german (PROVIDER = icu, LOCALE = 'de-DE');
CREATE TABLE people (id integer PRIMARY KEY, name text COLLATE german);

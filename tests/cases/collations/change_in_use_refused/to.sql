-- Dropping the collation would take the column's collation with it: refused.
CREATE COLLATION german (PROVIDER = icu, LOCALE = 'de-AT');
CREATE TABLE people (id integer PRIMARY KEY, name text COLLATE german);

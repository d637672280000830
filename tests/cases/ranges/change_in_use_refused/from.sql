CREATE TYPE floatrange AS RANGE (SUBTYPE = float8);
CREATE TABLE readings (id integer PRIMARY KEY, band floatrange);

-- Dropping and creating the type again would drop the column and its data: refused.
CREATE TYPE floatrange AS RANGE (SUBTYPE = float8, SUBTYPE_DIFF = float8mi);
CREATE TABLE readings (id integer PRIMARY KEY, band floatrange);

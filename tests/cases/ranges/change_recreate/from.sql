CREATE TABLE notes (id integer PRIMARY KEY);
CREATE TYPE floatrange AS RANGE (SUBTYPE = float8);
COMMENT ON TYPE floatrange IS 'any span of floats';

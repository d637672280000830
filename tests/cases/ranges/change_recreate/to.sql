CREATE TABLE notes (id integer PRIMARY KEY);
-- The difference function is new: PostgreSQL has no ALTER TYPE for it, so the type is
-- dropped and created again (nothing uses it), its multirange type with it.
CREATE TYPE floatrange AS RANGE (SUBTYPE = float8, SUBTYPE_DIFF = float8mi);
COMMENT ON TYPE floatrange IS 'any span of floats';
CREATE TABLE spans (id integer PRIMARY KEY, covered floatmultirange);

-- CREATE OR REPLACE cannot rename an input parameter: the function is dropped and
-- created again, and so is everything that calls it (a default, a check, an index).
CREATE FUNCTION clamp(val integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT greatest(val, 0)';
CREATE TABLE readings (
  id integer PRIMARY KEY,
  raw integer NOT NULL DEFAULT clamp(-1),
  CONSTRAINT readings_raw_clamped CHECK (clamp(raw) < 1000)
);
CREATE INDEX readings_clamped ON readings (clamp(raw));

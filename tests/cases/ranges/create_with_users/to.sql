CREATE TABLE rooms (id integer PRIMARY KEY);
-- A range over time with a difference function, one over text with its own collation and
-- multirange name, a domain over a range and columns of the range and multirange types.
CREATE FUNCTION time_subtype_diff(x time, y time) RETURNS float8
  LANGUAGE sql STRICT IMMUTABLE AS 'SELECT EXTRACT(EPOCH FROM (x - y))';
CREATE TYPE timerange AS RANGE (SUBTYPE = time, SUBTYPE_DIFF = time_subtype_diff);
COMMENT ON TYPE timerange IS 'opening hours';
GRANT USAGE ON TYPE timerange TO PUBLIC;
CREATE TYPE label_span AS RANGE (SUBTYPE = text, COLLATION = "C", MULTIRANGE_TYPE_NAME = label_spans);
CREATE DOMAIN shift AS timerange CHECK (NOT isempty(VALUE));
CREATE TABLE bookings (
  id integer PRIMARY KEY,
  room integer REFERENCES rooms,
  hours timemultirange,
  labels label_spans,
  one_shift shift,
  during timerange
);

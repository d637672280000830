CREATE AGGREGATE total(integer) (SFUNC = int4pl, STYPE = integer);
COMMENT ON AGGREGATE total(integer) IS 'old';

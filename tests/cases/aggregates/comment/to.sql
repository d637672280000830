CREATE AGGREGATE total(integer) (SFUNC = int4pl, STYPE = integer);
COMMENT ON AGGREGATE total(integer) IS 'the sum, NULL when empty';
CREATE AGGREGATE joined(text) (SFUNC = textcat, STYPE = text, INITCOND = '');
-- COMMENT ON FUNCTION also takes an aggregate.
COMMENT ON FUNCTION joined(text) IS 'all the texts, run together';

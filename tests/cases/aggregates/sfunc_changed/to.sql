-- The step function's parameter is renamed: CREATE OR REPLACE cannot, so it is dropped
-- and created again, and the aggregate with it.
CREATE FUNCTION add_step(acc integer, x integer) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT acc + x $$;

CREATE AGGREGATE add_all(integer) (SFUNC = add_step, STYPE = integer);

CREATE TABLE amounts (n integer);

CREATE VIEW amount_total AS SELECT add_all(n) AS total FROM amounts;

CREATE FUNCTION add_step(state integer, x integer) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT state + x $$;

CREATE AGGREGATE add_all(integer) (SFUNC = add_step, STYPE = integer);

CREATE FUNCTION unused_step(state integer, x integer) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT state - x $$;

CREATE AGGREGATE sub_all(integer) (SFUNC = unused_step, STYPE = integer);

CREATE TABLE amounts (n integer);

CREATE VIEW amount_total AS SELECT add_all(n) AS total FROM amounts;

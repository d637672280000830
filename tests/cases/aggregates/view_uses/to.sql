CREATE TABLE orders (id integer PRIMARY KEY, amount integer NOT NULL);

CREATE FUNCTION max_step(state integer, x integer) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT greatest(state, x) $$;

CREATE AGGREGATE biggest(integer) (SFUNC = max_step, STYPE = integer, SORTOP = >);

CREATE VIEW order_summary AS SELECT biggest(amount) AS largest, count(*) AS n FROM orders;

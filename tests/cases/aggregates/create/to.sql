CREATE TABLE readings (id integer PRIMARY KEY, value double precision);

CREATE FUNCTION sum_sq_step(state double precision, x double precision) RETURNS double precision
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT state + x * x $$;

CREATE FUNCTION sum_sq_final(state double precision) RETURNS double precision
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT sqrt(state) $$;

-- The root of the sum of squares.
CREATE AGGREGATE norm2(double precision) (
    SFUNC = sum_sq_step,
    STYPE = float8,
    FINALFUNC = sum_sq_final,
    COMBINEFUNC = float8pl,
    INITCOND = '0',
    PARALLEL = SAFE
);

CREATE AGGREGATE my_count(*) (
    SFUNC = int8inc,
    STYPE = int8,
    INITCOND = '0'
);

CREATE AGGREGATE public.moving_sum(x integer) (
    sfunc = int4pl, stype = integer,
    msfunc = int4pl, minvfunc = int4mi, mstype = int4,
    finalfunc_modify = read_only
);

CREATE FUNCTION avg_final(state integer[]) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT state[1]::numeric / nullif(state[2], 0) $$;

CREATE FUNCTION step(state integer[], x integer) RETURNS integer[]
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT ARRAY[state[1] + x, state[2] + 1] $$;

CREATE AGGREGATE my_avg(integer) (SFUNC = step, STYPE = integer[], INITCOND = '{0,0}');

CREATE FUNCTION avg_final(state integer[]) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT state[1]::numeric / nullif(state[2], 0) $$;

CREATE FUNCTION step(state integer[], x integer) RETURNS integer[]
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT ARRAY[state[1] + x, state[2] + 1] $$;

-- A final function changes the result type: drop and create.
CREATE AGGREGATE my_avg(integer) (SFUNC = step, STYPE = integer[], INITCOND = '{0,0}', FINALFUNC = avg_final);

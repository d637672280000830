CREATE TABLE t (a integer);

CREATE FUNCTION pick_step(state anyarray, x anyelement) RETURNS anyarray
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT array_append(state, x) $$;

CREATE FUNCTION pick_final(state anyarray, n integer, x anyelement) RETURNS anyelement
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT state[n] $$;

-- The n-th value in the given order.
CREATE AGGREGATE nth_value_ordered(n integer ORDER BY x anyelement) (
    SFUNC = pick_step,
    STYPE = anyarray,
    FINALFUNC = pick_final,
    FINALFUNC_EXTRA
);
COMMENT ON AGGREGATE nth_value_ordered(integer ORDER BY anyelement) IS 'n-th';

CREATE FUNCTION collect_step(state integer[], x integer) RETURNS integer[]
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT array_append(state, x) $$;

CREATE FUNCTION rank_final(state integer[], probe integer, x integer) RETURNS bigint
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT count(*) + 1 FROM unnest(state) AS v WHERE v < probe $$;

-- A hypothetical-set aggregate: the rank the probe would have.
CREATE AGGREGATE my_rank(probe integer ORDER BY x integer) (
    SFUNC = collect_step,
    STYPE = integer[],
    FINALFUNC = rank_final,
    FINALFUNC_EXTRA,
    HYPOTHETICAL
);

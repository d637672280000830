CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');

-- State and argument types of the plan's own: the aggregate comes after them.
CREATE TYPE pair_state AS (total bigint, n bigint);

CREATE DOMAIN score AS integer CHECK (VALUE >= 0);

CREATE FUNCTION pair_step(s pair_state, x score) RETURNS pair_state
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT ROW(coalesce(s.total, 0) + x, coalesce(s.n, 0) + 1)::pair_state $$;

CREATE FUNCTION pair_final(s pair_state) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT s.total::numeric / nullif(s.n, 0) $$;

CREATE AGGREGATE mean_score(score) (
    SFUNC = pair_step,
    STYPE = pair_state,
    FINALFUNC = pair_final
);

CREATE FUNCTION happiest_step(s mood, x mood) RETURNS mood
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT greatest(s, x) $$;

CREATE AGGREGATE happiest(mood) (SFUNC = happiest_step, STYPE = mood);

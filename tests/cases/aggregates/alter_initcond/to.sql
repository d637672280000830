CREATE FUNCTION concat_step(state text, x text) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT state || x $$;

CREATE FUNCTION shout(state text) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT upper(state) $$;

CREATE AGGREGATE glue(text) (SFUNC = concat_step, STYPE = text, INITCOND = '>', FINALFUNC = shout, PARALLEL = safe);

REVOKE ALL ON FUNCTION glue(text) FROM PUBLIC;

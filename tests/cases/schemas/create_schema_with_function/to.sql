CREATE TABLE public.items (
    id integer PRIMARY KEY
);

CREATE SCHEMA util;

CREATE FUNCTION util.slugify(s text) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT lower(regexp_replace(s, '[^a-zA-Z0-9]+', '-', 'g')) $$;

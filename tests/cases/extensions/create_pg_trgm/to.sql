CREATE EXTENSION pg_trgm;

CREATE TABLE public.people (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE INDEX people_name_trgm_idx ON public.people USING gin (name gin_trgm_ops);

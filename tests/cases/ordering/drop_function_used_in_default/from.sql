CREATE FUNCTION public.default_region() RETURNS text
    LANGUAGE sql STABLE AS $$ SELECT 'eu' $$;

CREATE TABLE public.stores (
    id integer PRIMARY KEY,
    region text DEFAULT public.default_region()
);

CREATE FUNCTION public.fmt(v integer) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$ SELECT v::text $$;

CREATE FUNCTION public.fmt(v numeric) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$ SELECT v::text $$;

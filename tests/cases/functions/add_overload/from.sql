CREATE FUNCTION public.area(r double precision) RETURNS double precision
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT pi() * r * r $$;

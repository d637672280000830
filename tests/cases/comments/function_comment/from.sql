CREATE FUNCTION public.add(a integer, b integer) RETURNS integer
    LANGUAGE sql IMMUTABLE AS $$ SELECT a + b $$;

COMMENT ON FUNCTION public.add(integer, integer) IS 'adds';

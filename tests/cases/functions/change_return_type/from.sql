CREATE FUNCTION public.user_count() RETURNS integer
    LANGUAGE sql STABLE
    AS $$ SELECT 42 $$;

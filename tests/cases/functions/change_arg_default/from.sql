CREATE FUNCTION public.greet(who text, greeting text DEFAULT 'Hello') RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT greeting || ', ' || who $$;

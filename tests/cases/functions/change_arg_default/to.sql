CREATE FUNCTION public.greet(who text, greeting text DEFAULT 'Hi') RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT greeting || ', ' || who $$;

CREATE FUNCTION public.add_tax(amount numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT round(amount * 1.19, 2) $$;

CREATE FUNCTION public.greet(who text) RETURNS text
    LANGUAGE plpgsql
    AS $$
BEGIN
    RETURN 'Hello, ' || coalesce(who, 'stranger') || '!';
END;
$$;

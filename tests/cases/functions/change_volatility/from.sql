CREATE FUNCTION public.now_utc() RETURNS timestamp
    LANGUAGE sql VOLATILE
    AS $$ SELECT now() AT TIME ZONE 'UTC' $$;

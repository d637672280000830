CREATE TABLE public.users (
    id integer PRIMARY KEY,
    email text NOT NULL
);

CREATE FUNCTION public.users_like(pattern text)
    RETURNS TABLE (user_id integer, user_email text)
    LANGUAGE sql STABLE
    AS $$ SELECT id, email FROM public.users WHERE email LIKE pattern $$;

CREATE EXTENSION pgcrypto;

CREATE TABLE public.users (
    id integer PRIMARY KEY,
    password_hash text NOT NULL
);

CREATE FUNCTION public.check_password(uid integer, pw text) RETURNS boolean
    LANGUAGE sql STABLE
    AS $$ SELECT password_hash = crypt(pw, password_hash) FROM public.users WHERE id = uid $$;

CREATE TABLE public.users (
    id integer PRIMARY KEY
);

CREATE TABLE public.user_audit (
    user_id integer NOT NULL,
    changed_at timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION public.log_user_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    INSERT INTO public.user_audit (user_id) VALUES (NEW.id);
    RETURN NULL;
END;
$$;

CREATE TRIGGER users_audit AFTER INSERT OR UPDATE ON public.users
    FOR EACH ROW EXECUTE FUNCTION public.log_user_change();

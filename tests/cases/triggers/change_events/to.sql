CREATE TABLE public.documents (
    id integer PRIMARY KEY,
    title text NOT NULL,
    updated_at timestamptz
);

CREATE FUNCTION public.touch_updated_at() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;

CREATE TRIGGER documents_touch BEFORE INSERT OR UPDATE OF title ON public.documents
    FOR EACH ROW EXECUTE FUNCTION public.touch_updated_at();

CREATE TABLE public.jobs (
    id integer PRIMARY KEY,
    done boolean NOT NULL DEFAULT false
);

CREATE PROCEDURE public.purge_done_jobs()
    LANGUAGE plpgsql
    AS $$
BEGIN
    DELETE FROM public.jobs WHERE done;
END;
$$;

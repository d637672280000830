CREATE TABLE public.jobs (
    id integer PRIMARY KEY,
    done boolean NOT NULL DEFAULT false
);

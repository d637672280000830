CREATE TABLE public.tags (
    id integer NOT NULL,
    name text NOT NULL
);

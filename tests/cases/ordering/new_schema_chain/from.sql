CREATE TABLE public.keep (
    id integer PRIMARY KEY
);

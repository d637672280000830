CREATE TABLE public.posts (
    id integer PRIMARY KEY,
    tag text
);

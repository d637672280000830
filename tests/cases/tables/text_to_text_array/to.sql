CREATE TABLE public.posts (
    id integer PRIMARY KEY,
    tag varchar(40)[]
);

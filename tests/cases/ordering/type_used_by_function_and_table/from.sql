CREATE TABLE public.shapes (
    id integer PRIMARY KEY
);

CREATE TABLE public.employees (
    id integer PRIMARY KEY,
    name text NOT NULL
);

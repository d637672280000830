CREATE TABLE public.employees (
    id integer PRIMARY KEY,
    name text NOT NULL,
    manager_id integer REFERENCES public.employees (id) ON DELETE SET NULL
);

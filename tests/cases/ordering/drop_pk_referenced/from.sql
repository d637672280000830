CREATE TABLE public.categories (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE public.items (
    id integer PRIMARY KEY,
    category_id integer REFERENCES public.categories (id)
);

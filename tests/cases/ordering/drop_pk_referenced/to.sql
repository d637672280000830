CREATE TABLE public.categories (
    id integer,
    name text NOT NULL
);

CREATE TABLE public.items (
    id integer PRIMARY KEY,
    category_id integer
);

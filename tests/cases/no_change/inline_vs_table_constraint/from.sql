CREATE TABLE public.authors (
    id integer PRIMARY KEY
);

CREATE TABLE public.books (
    id integer PRIMARY KEY,
    isbn text UNIQUE,
    pages integer CHECK (pages > 0),
    author_id integer REFERENCES public.authors (id)
);

CREATE TABLE public.authors (
    id integer PRIMARY KEY
);

CREATE TABLE public.books (
    id integer PRIMARY KEY,
    author_id integer,
    CONSTRAINT books_author_id_fkey FOREIGN KEY (author_id) REFERENCES public.authors (id)
        ON DELETE SET NULL ON UPDATE CASCADE
);

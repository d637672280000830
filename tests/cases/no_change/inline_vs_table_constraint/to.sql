CREATE TABLE public.authors (
    id integer NOT NULL,
    CONSTRAINT authors_pkey PRIMARY KEY (id)
);

CREATE TABLE public.books (
    id integer NOT NULL,
    isbn text,
    pages integer,
    author_id integer,
    CONSTRAINT books_pkey PRIMARY KEY (id),
    CONSTRAINT books_isbn_key UNIQUE (isbn),
    CONSTRAINT books_pages_check CHECK ((pages > 0)),
    CONSTRAINT books_author_id_fkey FOREIGN KEY (author_id) REFERENCES public.authors(id)
);

CREATE TABLE public.documents (
    id integer PRIMARY KEY,
    body jsonb NOT NULL,
    tags text[]
);

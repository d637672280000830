CREATE TABLE public.documents (
    id integer PRIMARY KEY,
    body jsonb NOT NULL,
    tags text[]
);

CREATE INDEX documents_body_idx ON public.documents USING gin (body jsonb_path_ops);

CREATE INDEX documents_tags_idx ON public.documents USING gin (tags);

CREATE TYPE public.status AS ENUM ('draft', 'published', 'archived');

CREATE TABLE public.articles (
    id integer PRIMARY KEY,
    status public.status NOT NULL DEFAULT 'draft',
    previous_status public.status
);

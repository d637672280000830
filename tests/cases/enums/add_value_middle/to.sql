CREATE TYPE public.size AS ENUM ('small', 'medium', 'large');

CREATE TABLE public.shirts (
    id integer PRIMARY KEY,
    size public.size NOT NULL
);

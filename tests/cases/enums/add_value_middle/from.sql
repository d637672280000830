CREATE TYPE public.size AS ENUM ('small', 'large');

CREATE TABLE public.shirts (
    id integer PRIMARY KEY,
    size public.size NOT NULL
);

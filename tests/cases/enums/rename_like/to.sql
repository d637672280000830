CREATE TYPE public.feeling AS ENUM ('sad', 'ok', 'happy');

CREATE TABLE public.people (
    id integer PRIMARY KEY,
    mood public.feeling
);

CREATE TABLE public.notes (
    id serial PRIMARY KEY,
    body text
);

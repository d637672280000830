CREATE TABLE public.contacts (
    id integer PRIMARY KEY,
    email text,
    phone text NOT NULL
);

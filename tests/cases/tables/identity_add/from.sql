CREATE TABLE public.tickets (
    id integer NOT NULL PRIMARY KEY,
    subject text NOT NULL
);

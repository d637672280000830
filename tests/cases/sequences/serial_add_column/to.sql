CREATE TABLE public.tickets (
    subject text NOT NULL,
    id serial NOT NULL
);

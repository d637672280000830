CREATE TABLE public.tickets (
    subject text NOT NULL
);

CREATE TABLE public.tickets (
    code text PRIMARY KEY
);

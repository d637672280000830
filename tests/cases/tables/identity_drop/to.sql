CREATE TABLE public.tickets (
    id bigint NOT NULL PRIMARY KEY,
    subject text NOT NULL
);

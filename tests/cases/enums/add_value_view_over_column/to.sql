-- ADD VALUE needs nothing else, but its reverse rebuilds the type and converts
-- tickets.state, which PostgreSQL refuses while a view reads the column: the view is
-- dropped before and created after, in both scripts.
CREATE TYPE public.ticket_state AS ENUM ('open', 'pending', 'closed');

CREATE TABLE public.tickets (
    id integer PRIMARY KEY,
    state public.ticket_state NOT NULL
);

CREATE VIEW public.open_tickets AS SELECT id, state FROM public.tickets WHERE state = 'open';

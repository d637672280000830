CREATE FUNCTION public.new_ticket_code() RETURNS text
    LANGUAGE sql VOLATILE
    AS $$ SELECT 'T-' || lpad((random() * 1000000)::int::text, 6, '0') $$;

CREATE TABLE public.tickets (
    id integer PRIMARY KEY,
    code text DEFAULT public.new_ticket_code()
);

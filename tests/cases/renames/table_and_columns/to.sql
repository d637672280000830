-- customers becomes clients, mail becomes email, full_name becomes name: renamed in place
-- with their data. The key, the unique constraint, the serial sequence and the index named
-- after the old names follow (same definitions under the names PostgreSQL derives now).
-- pgmorph:renamed-from customers
CREATE TABLE public.clients (
    id serial PRIMARY KEY,
    -- pgmorph:renamed-from mail
    email text NOT NULL UNIQUE,
    -- pgmorph:renamed-from full_name
    name text
);
CREATE INDEX clients_name_idx ON public.clients (lower(name));

CREATE TABLE public.orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- pgmorph:renamed-from customer_id
    client_id integer NOT NULL REFERENCES public.clients (id),
    total numeric(10,2) NOT NULL CHECK (total >= 0)
);

-- The view reads the renamed column under its new name: it is dropped before the renames
-- and created again after them.
CREATE VIEW public.client_email AS SELECT id, email FROM public.clients;

CREATE TYPE public.status AS ENUM ('new', 'paid');
CREATE TABLE public.orders (
    id bigint PRIMARY KEY,
    status public.status NOT NULL DEFAULT 'new',
    -- Literals of the enum: down.sql recreates the type, and these must go around it.
    CONSTRAINT orders_not_new CHECK (status <> 'new' OR id > 0)
);
CREATE INDEX orders_unpaid_idx ON public.orders (id) WHERE status = 'new';
CREATE INDEX orders_status_idx ON public.orders (status);

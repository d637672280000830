CREATE TABLE public.events (
    id integer PRIMARY KEY,
    happened_at timestamp NOT NULL,
    logged_at timestamptz
);

CREATE TABLE public.users (
    id integer PRIMARY KEY
);

CREATE UNLOGGED TABLE public.cache_entries (
    key text PRIMARY KEY,
    value bytea,
    expires_at timestamp with time zone
);

CREATE TABLE public.settings (
    key text PRIMARY KEY,
    value text
);

CREATE SCHEMA audit;

CREATE TABLE audit.log (
    id bigserial PRIMARY KEY,
    table_name text NOT NULL,
    logged_at timestamp with time zone NOT NULL DEFAULT now()
);

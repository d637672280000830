CREATE TABLE public.logs (
    id bigint PRIMARY KEY,
    request_id uuid NOT NULL,
    logged_at timestamptz NOT NULL
);

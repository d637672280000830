CREATE TABLE public.logs (
    id bigint PRIMARY KEY,
    request_id uuid NOT NULL,
    logged_at timestamptz NOT NULL
);

CREATE INDEX logs_request_id_idx ON public.logs USING hash (request_id);

CREATE INDEX logs_logged_at_brin ON public.logs USING brin (logged_at) WITH (pages_per_range = 32);

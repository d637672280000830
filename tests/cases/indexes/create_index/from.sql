CREATE TABLE public.events (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind text NOT NULL,
    happened_at timestamp with time zone NOT NULL,
    processed boolean NOT NULL DEFAULT false
);

CREATE TABLE public.events (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind text NOT NULL,
    happened_at timestamp with time zone NOT NULL,
    processed boolean NOT NULL DEFAULT false
);

CREATE INDEX events_kind_happened_at_idx ON public.events (kind, happened_at DESC);

CREATE INDEX events_unprocessed_idx ON public.events (happened_at) WHERE NOT processed;

CREATE TABLE public.messages (
    id integer PRIMARY KEY,
    sender_id integer NOT NULL,
    sent_at timestamptz NOT NULL
);

CREATE INDEX ON public.messages (sender_id, sent_at);

CREATE INDEX ON public.messages (lower(sender_id::text));

CREATE TABLE public.messages (
    id integer PRIMARY KEY,
    sender_id integer NOT NULL,
    sent_at timestamptz NOT NULL
);

CREATE TABLE public.users (
    id integer PRIMARY KEY
);

CREATE TABLE public.sessions (
    id uuid PRIMARY KEY,
    user_id integer NOT NULL,
    expires_at timestamptz NOT NULL
);

CREATE INDEX sessions_user_id_idx ON public.sessions (user_id);

CREATE TABLE public.users (
    id integer PRIMARY KEY
);

CREATE TABLE public.legacy_sessions (
    token text PRIMARY KEY,
    user_id integer NOT NULL,
    expires_at timestamp NOT NULL
);

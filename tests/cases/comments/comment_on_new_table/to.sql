CREATE TABLE public.users (
    id integer PRIMARY KEY
);

CREATE TABLE public.api_keys (
    key text PRIMARY KEY,
    user_id integer NOT NULL
);

COMMENT ON TABLE public.api_keys IS 'hashed API keys';

COMMENT ON COLUMN public.api_keys.key IS 'sha256 of the key';

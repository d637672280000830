CREATE TABLE public.users (
    id integer PRIMARY KEY
);

CREATE TABLE public.page_views (
    id bigserial PRIMARY KEY,
    user_id integer,
    seen_at timestamptz NOT NULL DEFAULT now()
);

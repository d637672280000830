CREATE TABLE public.users (
    id integer PRIMARY KEY,
    active boolean NOT NULL
);

CREATE VIEW public.active_users AS SELECT id FROM public.users WHERE active;

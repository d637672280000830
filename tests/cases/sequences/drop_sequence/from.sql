CREATE SEQUENCE public.legacy_ids START 500;

CREATE TABLE public.items (
    id integer PRIMARY KEY
);

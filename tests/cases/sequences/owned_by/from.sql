CREATE SEQUENCE public.items_code_seq;

CREATE TABLE public.items (
    id integer PRIMARY KEY,
    code integer NOT NULL DEFAULT nextval('public.items_code_seq')
);

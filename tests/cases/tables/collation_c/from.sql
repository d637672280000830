CREATE TABLE public.codes (
    id integer PRIMARY KEY,
    code text NOT NULL,
    label text
);

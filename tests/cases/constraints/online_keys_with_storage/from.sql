CREATE TABLE public.accounts (
    id bigint,
    email text,
    region text,
    note text,
    span int4range
);

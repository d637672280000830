CREATE TABLE public.items (
    id integer PRIMARY KEY,
    code varchar(16),
    note text
);

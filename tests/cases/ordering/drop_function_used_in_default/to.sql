CREATE TABLE public.stores (
    id integer PRIMARY KEY,
    region text DEFAULT 'eu'
);

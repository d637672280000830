CREATE TABLE public.customers (
    id integer PRIMARY KEY,
    name varchar(120) NOT NULL,
    code varchar(6)
);

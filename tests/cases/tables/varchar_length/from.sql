CREATE TABLE public.customers (
    id integer PRIMARY KEY,
    name varchar(50) NOT NULL,
    code varchar(10)
);

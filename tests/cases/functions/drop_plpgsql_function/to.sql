CREATE TABLE public.numbers (
    n integer PRIMARY KEY
);

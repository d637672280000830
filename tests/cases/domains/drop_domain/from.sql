CREATE DOMAIN public.percent AS numeric(5,2) CHECK (VALUE BETWEEN 0 AND 100);

CREATE TABLE public.users (
    id integer PRIMARY KEY
);

CREATE TABLE public.countries (
    code char(2) PRIMARY KEY
);

CREATE TABLE public.cities (
    id integer,
    name text
);

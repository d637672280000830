CREATE TABLE public.countries (
    code char(2) PRIMARY KEY
);

CREATE TABLE public.cities (
    id integer PRIMARY KEY,
    name text UNIQUE CHECK (name <> ''),
    country char(2) REFERENCES public.countries
);

CREATE DOMAIN public.us_zip AS text;

CREATE TABLE public.addresses (
    id integer PRIMARY KEY,
    zip public.us_zip
);

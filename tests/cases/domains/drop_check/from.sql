CREATE DOMAIN public.us_zip AS text
    CONSTRAINT us_zip_format CHECK (VALUE ~ '^[0-9]{5}$');

CREATE TABLE public.addresses (
    id integer PRIMARY KEY,
    zip public.us_zip
);

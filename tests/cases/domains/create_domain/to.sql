CREATE DOMAIN public.email AS text
    CONSTRAINT email_check CHECK (VALUE ~ '^[^@]+@[^@]+$');

CREATE TABLE public.users (
    id integer PRIMARY KEY,
    email public.email
);
